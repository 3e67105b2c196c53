/**
 * The README beside an explainer's data files: what each file holds, the
 * time the data speaks of, and the licence under which it may be reused.
 */
import { SITE } from '../../site';
import type { DataFileName } from './data-files';

/** The site path of an explainer's data README. */
export const dataReadmePath = (slug: string) => `/data/${slug}/README.md`;

/** What each data file holds, in a sentence. */
export const dataFileDescriptions: Record<DataFileName, string> = {
  'companies.csv':
    'The comparison table, one row per company: each column as the page shows it, with its date, source URLs and note.',
  'companies.json':
    'The same table with every detail: each column’s measure, and each value with its basis, date, confidence and sources.',
  'timeline.json':
    'The events of the exchange and around it, in time order: who, when (as precisely as the sources allow), the words and how they are known, and the sources.',
  'claims.json':
    'Each checked claim of the article: the quoted words, the verdict, the conclusion, the sourced figure it was compared with, and the sources.',
};

export interface DataReadmeInput {
  /** The article's title. */
  title: string;
  /** The explainer's absolute address. */
  pageUrl: string;
  /** The time the data speaks of, e.g. "late September 2025"; undefined until the story says. */
  asOf: string | undefined;
  /** The data files, in the order the page lists them. */
  files: readonly DataFileName[];
}

/** The README as Markdown. */
export function dataReadme({ title, pageUrl, asOf, files }: DataReadmeInput): string {
  return [
    `# The data behind “${title}”`,
    '',
    `These files are generated from the same content as ${SITE.name}’s explainer at ${pageUrl}${asOf ? `, and speak of ${asOf}` : ''}.`,
    'Every value names its sources; where no number exists, the files say why.',
    '',
    '## Files',
    '',
    ...files.map((file) => `- \`${file}\`: ${dataFileDescriptions[file]}`),
    '',
    '## Licence',
    '',
    `The data is published under ${SITE.dataLicence.name} (${SITE.dataLicence.url}).`,
    `Reuse it freely with credit to ${SITE.name} and a link to the explainer.`,
    `To report an error, write to ${SITE.corrections.email}.`,
    '',
  ].join('\n');
}
