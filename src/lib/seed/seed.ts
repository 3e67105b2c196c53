/**
 * Parsing of a seed: a news article as plain UTF-8 text.
 *
 * Format: a title line, a blank line, paragraphs separated by blank lines,
 * and optionally a last line `Posted in <Category>`. The text is never read
 * as markdown: every character is kept as written.
 *
 * Normalisation (the only changes made to the text, see `normalizeSeedText`):
 * a leading byte order mark is dropped, CRLF and CR line ends become LF,
 * white space at the end of each line is dropped, blank lines at the start
 * and end are dropped, and a run of blank lines counts as one.
 */
import type { Seed } from '../../schemas/seed';
import { findMoney } from './money';
import { slugify } from './slug';

/** What a seed file says, ready for a page: the schema's seed before the loader adds its path. */
export type ParsedSeed = Omit<Seed, 'file'>;
/** A quoted span “…” of a paragraph. */
export type SeedQuote = Seed['quotes'][number];
/** A money amount in a paragraph, e.g. "$183 billion". */
export type SeedFigure = Seed['figures'][number];

/** A seed that cannot be published; the message names the file and the fix. */
export class SeedError extends Error {
  override name = 'SeedError';
}

const FOOTER = /^Posted in (\S.*)$/;
const QUOTE = /“([^“”]*)”/g;

/** The text as the parser sees it, after the documented normalisation. */
export function normalizeSeedText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Decodes the bytes of a seed file, refusing anything that is not UTF-8. */
export function decodeSeed(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new SeedError(`${file}: the file is not valid UTF-8 text. Save it with UTF-8 encoding and build again.`);
  }
}

/** Splits normalised text into blocks: runs of lines with no blank line between. */
function toBlocks(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split('\n\n');
}

/** Parses the text of one seed file; `file` names it in error messages. */
export function parseSeed(text: string, file: string): ParsedSeed {
  const blocks = toBlocks(normalizeSeedText(text));
  const [head, ...rest] = blocks;
  if (head === undefined) {
    throw new SeedError(
      `${file}: the file is empty. A seed needs a title line, a blank line, then the paragraphs of the article.`,
    );
  }
  const [title = '', ...moreHeadLines] = head.split('\n');
  if (moreHeadLines.length > 0) {
    throw new SeedError(
      `${file}: line 2 follows the title without a blank line. Put a blank line after the title (line 1).`,
    );
  }
  const footer = rest.length > 0 ? FOOTER.exec(rest[rest.length - 1] ?? '') : null;
  const paragraphs = footer ? rest.slice(0, -1) : rest;
  if (paragraphs.length === 0) {
    throw new SeedError(`${file}: the file has a title but no body. Add the article's paragraphs after a blank line.`);
  }
  return {
    title,
    slug: slugify(title),
    paragraphs,
    category: footer?.[1] ?? null,
    quotes: paragraphs.flatMap((paragraph, index) => findQuotes(paragraph, index)),
    figures: paragraphs.flatMap((paragraph, index) =>
      findMoney(paragraph).map((mention) => ({ ...mention, paragraph: index })),
    ),
  };
}

/** The blocks of a parsed seed in file order, for joining back with blank lines. */
export function seedBlocks(seed: Pick<ParsedSeed, 'title' | 'paragraphs' | 'category'>): string[] {
  return [seed.title, ...seed.paragraphs, ...(seed.category === null ? [] : [`Posted in ${seed.category}`])];
}

function findQuotes(paragraph: string, index: number): SeedQuote[] {
  return [...paragraph.matchAll(QUOTE)].map((match) => ({
    paragraph: index,
    text: match[1] ?? '',
    start: match.index,
    end: match.index + match[0].length,
  }));
}
