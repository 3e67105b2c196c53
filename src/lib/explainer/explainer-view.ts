/**
 * What the explainer page shows, computed from the model: the page's
 * component only renders these values. Pure, so the marks, the links, the
 * counts and the reading times are tested without a build.
 */
import type { Seed } from '../../schemas/seed';
import type { ClaimMark } from '../../plugins/remark-claim-marks';
import { dataFileNames, dataFilePath } from '../publish/data-files';
import { normalizeQuote } from '../seed/quote-match';
import { claimAnchor, claimTextAnchor, eventAnchor } from '../site/anchors';
import { formatWhen } from '../site/format';
import { readingMinutes } from '../site/text';
import type { Entry, Explainer } from './build-article-pages';
import { checkSummary, type CheckSummary } from './check-summary';
import { companyCells } from './company-table';
import { describeComparison } from './figure-comparison';
import { verdicts } from './verdicts';

/** A section of the explainer: its fragment id and its heading. */
export interface Section {
  id: string;
  title: string;
}

/** The explainer's sections in page order, for the table of contents. */
export const explainerSections: readonly Section[] = [
  { id: 'how-we-checked', title: 'How we checked this' },
  { id: 'exchange', title: 'The exchange, in order' },
  { id: 'companies', title: 'The companies compared' },
  { id: 'article', title: 'The article, checked' },
  { id: 'claims', title: 'The claims, one by one' },
  { id: 'sources', title: 'Sources' },
  { id: 'data', title: 'Download the data' },
];

/** Everything the explainer page computes before it renders. */
export interface ExplainerView {
  /** Each cited source's number in the bibliography, from 1. */
  sourceNumbers: Map<string, number>;
  /** Each cited source's publisher, for "as reported by …". */
  sourceNames: Map<string, string>;
  /** Links from quoted spans of the article to their timeline events, keyed by normalised quote. */
  quoteHrefs: Map<string, string>;
  /** The checked claims to mark in the article's text. */
  claimMarks: ClaimMark[];
  /** "How we checked this". */
  summary: CheckSummary;
  /** Minutes to read the article alone, and the whole page. */
  readingMinutes: { article: number; page: number };
  /** When the original was published, for a `<time>`; undefined when not recorded. */
  published: { datetime: string; label: string; basis: string | undefined } | undefined;
  /** The downloadable data files, with their site paths. */
  dataFiles: { name: string; path: string }[];
}

/** The view of one explainer page. */
export function explainerView(seed: Entry<Seed>, explainer: Explainer): ExplainerView {
  const { sidecar, sources, claims, quoteMatches } = explainer;
  const { published } = sidecar.data;
  return {
    sourceNumbers: new Map(sources.map((source, index) => [source.id, index + 1])),
    sourceNames: new Map(sources.map((source) => [source.id, source.data.publisher])),
    quoteHrefs: new Map(
      quoteMatches.flatMap((match) =>
        match.eventId ? [[normalizeQuote(match.quote), `#${eventAnchor(match.eventId)}`] as const] : [],
      ),
    ),
    claimMarks: claims.map(({ entry, number, span, comparison }) => ({
      ...span,
      verdict: entry.data.verdict,
      verdictLabel: verdicts[entry.data.verdict].label,
      number,
      id: claimTextAnchor(entry.id),
      href: `#${claimAnchor(entry.id)}`,
      ...(comparison?.differs ? { detail: describeComparison(comparison).inline } : {}),
    })),
    summary: checkSummary({
      sources: sources.map((source) => source.id),
      values: explainer.companies.flatMap((company) => companyCells(company.data).flatMap((cell) => cell.values)),
      verdicts: claims.map((claim) => claim.entry.data.verdict),
      quotesMatched: quoteMatches.map((match) => match.eventId !== null),
    }),
    readingMinutes: {
      article: readingMinutes(seed.data.paragraphs),
      page: readingMinutes([
        ...seed.data.paragraphs,
        ...(sidecar.data.summary ?? []),
        sidecar.body ?? '',
        ...explainer.events.map((event) => `${event.data.title} ${event.data.quote?.text ?? ''} ${event.body ?? ''}`),
        ...claims.map(({ entry }) => `${entry.data.conclusion} ${entry.body ?? ''}`),
      ]),
    },
    published: published && {
      datetime: published.date,
      label: formatWhen(published),
      basis: published.basis,
    },
    dataFiles: dataFileNames.map((name) => ({ name, path: dataFilePath(seed.data.slug, name) })),
  };
}
