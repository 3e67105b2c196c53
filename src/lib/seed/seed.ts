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
import { reservedSegments } from '../site/routes';
import { AmountTooLargeError, findMoney } from './money';
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

/**
 * Characters a page cannot show as written: C0 controls other than tab and
 * line breaks, DEL, and the C1 controls. NUL in particular is dropped or
 * mangled by browsers and tools, so the text would not reach the reader intact.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Refuses text with a control character, naming its line and column (1-based, as editors count). */
export function assertNoControlCharacters(text: string, file: string): void {
  const lines = text.split(/\r\n?|\n/);
  for (const [index, line] of lines.entries()) {
    const match = CONTROL.exec(line);
    if (!match) continue;
    const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new SeedError(
      `${file}:${index + 1}:${[...line.slice(0, match.index)].length + 1}: the control character U+${code} cannot be published. Delete it (only tabs and line breaks are allowed) and build again.`,
    );
  }
}

/** The address segment of a title, refusing one that is empty or that a route of the site already uses. */
export function seedSlug(title: string, file: string): string {
  const slug = slugify(title);
  if (slug === '') {
    throw new SeedError(
      `${file}: the title has no letters or digits to make an address from. Add a word or a number to the title (line 1).`,
    );
  }
  const route = reservedSegments[slug];
  if (route !== undefined) {
    throw new SeedError(
      `${file}: its title gives the address /${slug}/, which the site uses for ${route}. Change the title (line 1).`,
    );
  }
  return slug;
}

/** Splits normalised text into blocks: runs of lines with no blank line between. */
function toBlocks(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split('\n\n');
}

/** Parses the text of one seed file; `file` names it in error messages. */
export function parseSeed(text: string, file: string): ParsedSeed {
  assertNoControlCharacters(text, file);
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
    slug: seedSlug(title, file),
    paragraphs,
    category: footer?.[1] ?? null,
    quotes: paragraphs.flatMap((paragraph, index) => findQuotes(paragraph, index)),
    figures: paragraphs.flatMap((paragraph, index) => findFigures(paragraph, index, file)),
  };
}

/** The money amounts of one paragraph; an amount too large to compare is an error naming the paragraph. */
function findFigures(paragraph: string, index: number, file: string): SeedFigure[] {
  try {
    return findMoney(paragraph).map((mention) => ({ ...mention, paragraph: index }));
  } catch (error) {
    if (!(error instanceof AmountTooLargeError)) throw error;
    throw new SeedError(
      `${file}: paragraph ${index + 1}: ${error.message}. Check the seed against the original article: a number this size is almost certainly a copying mistake.`,
    );
  }
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
