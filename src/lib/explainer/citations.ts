/**
 * How the page cites its sources: numbered in the order a reader first meets
 * them, named by their own title only where the research saw it, and each
 * citation link saying the publisher and date a reader judges it by. The list
 * itself is a page of its own, one click from each citation.
 */
import type { Source } from '../../schemas/source';
import { sourceAnchor } from '../site/anchors';
import { formatDate } from '../site/format';

/** One cited source as a citation link shows it. */
export interface Citation {
  /** Its number in the bibliography, from 1 in order of first citation. */
  number: number;
  /** The link's text, and so its accessible name, e.g. "Source 3: Anthropic, 2 Sept 2025". */
  label: string;
  /** Who published it, e.g. "Anthropic", for links that name the source in a sentence. */
  publisher: string;
  /** Its entry on the story's list of sources: a site path with a fragment, without the base. */
  href: string;
}

/** Each cited source's citation, by source id. */
export type Citations = ReadonlyMap<string, Citation>;

/**
 * Numbers sources in the order of their first citation: `citedInPageOrder`
 * lists the source ids of each citing place in the order the page shows
 * them. A source cited nowhere gets no number.
 */
export function numberByFirstCitation(citedInPageOrder: Iterable<readonly string[]>): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const ids of citedInPageOrder) {
    for (const id of ids) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  }
  return numbers;
}

/** The site a source's page is on, e.g. "qz.com" for https://www.qz.com/… */
export const sourceSite = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

/**
 * What to call a source: its page's own title where the research saw it,
 * otherwise its publisher and site. A title is never rebuilt from an address.
 */
export function sourceName(source: Pick<Source, 'title' | 'publisher' | 'url'>): string {
  if (source.title !== null) return source.title;
  const site = sourceSite(source.url);
  return source.publisher.toLowerCase() === site ? source.publisher : `${source.publisher} (${site})`;
}

/** "Source 3: Anthropic, 2 Sept 2025", or "…, date not shown" when the page gives none. */
export function citationLabel(number: number, source: Pick<Source, 'publisher' | 'published'>): string {
  const date = source.published ? formatDate(source.published) : 'date not shown';
  return `Source ${number}: ${source.publisher}, ${date}`;
}

/**
 * The citations of `sources`, numbered by `numbers`, each linking to its entry
 * on the list of sources at `listPath`; sources without a number are left out.
 */
export function citations(
  sources: readonly { id: string; data: Pick<Source, 'publisher' | 'published'> }[],
  numbers: ReadonlyMap<string, number>,
  listPath: string,
): Map<string, Citation> {
  return new Map(
    sources.flatMap(({ id, data }) => {
      const number = numbers.get(id);
      if (number === undefined) return [];
      const citation = {
        number,
        label: citationLabel(number, data),
        publisher: data.publisher,
        href: `${listPath}#${sourceAnchor(number)}`,
      };
      return [[id, citation] as const];
    }),
  );
}
