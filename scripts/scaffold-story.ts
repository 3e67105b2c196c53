/**
 * What `npm run new` writes for a seed, computed without touching the disk:
 * the story's sidecar and one unchecked claim for each quotation “…” and
 * each money amount of the article, with quotes the build's claim checks
 * accept (src/lib/explainer/claim-checks.ts):
 *
 * - a quotation's claim holds the whole quotation, marks and all, and every
 *   amount inside it: a claim may not cut through a quotation;
 * - an amount outside quotations is its own claim;
 * - a quote whose words stand in more than one place in the article grows
 *   by whole words, left and right, until they stand in one place only,
 *   never into its neighbours' words, so no two claims overlap; where no
 *   such words exist (a sentence said twice), `occurrence` says which place.
 */
import { findQuote } from '../src/lib/explainer/claim-checks.ts';
import { parseSeed, type ParsedSeed } from '../src/lib/seed/seed.ts';
import { slugify } from '../src/lib/seed/slug.ts';

/** One claim to write: where its quote stands and what it covers. */
export interface PlannedClaim {
  /** The exact words of the article. */
  quote: string;
  /** Index of the paragraph (0-based) and the span of the quote in it. */
  paragraph: number;
  start: number;
  end: number;
  /** The quotation “…” it holds, marks included, if any. */
  quotation: string | undefined;
  /** The money amounts it holds, as written. */
  amounts: string[];
  /** The words it started from, when they stood in more than one place and the quote grew. */
  grewFrom: string | undefined;
  /** Which place of its words it is, in reading order, when no words around it stand in one place only. */
  occurrence: number | undefined;
}

/** A span of one paragraph. */
interface Span {
  paragraph: number;
  start: number;
  end: number;
}

/** The claims a seed needs, in reading order. */
export function planClaims(seed: Pick<ParsedSeed, 'paragraphs' | 'quotes' | 'figures'>): PlannedClaim[] {
  const cores = [
    ...seed.quotes.map((quote) => ({
      span: { paragraph: quote.paragraph, start: quote.start, end: quote.end },
      quotation: seed.paragraphs[quote.paragraph]!.slice(quote.start, quote.end),
    })),
    ...seed.figures
      .filter((figure) => !seed.quotes.some((quote) => within(figure, quote)))
      .map((figure) => ({
        span: { paragraph: figure.paragraph, start: figure.start, end: figure.end },
        quotation: undefined,
      })),
  ].sort((a, b) => a.span.paragraph - b.span.paragraph || a.span.start - b.span.start);

  const planned: PlannedClaim[] = [];
  for (const [index, core] of cores.entries()) {
    const text = seed.paragraphs[core.span.paragraph]!;
    const previous = planned.at(-1);
    const next = cores[index + 1];
    // Room to grow: up to the claim before and the core after, within the paragraph.
    const floor = previous?.paragraph === core.span.paragraph ? previous.end : 0;
    const ceiling = next?.span.paragraph === core.span.paragraph ? next.span.start : text.length;
    const words = (span: Span) => text.slice(span.start, span.end);
    const places = (span: Span) => findQuote(words(span), seed.paragraphs);
    const grown = growUntilUnique(core.span, text, floor, ceiling, (candidate) => places(candidate).length === 1);
    // No words around it stand in one place only (a sentence said twice): the
    // claim names its place among those of its own words instead.
    const span = grown ?? core.span;
    const occurrence = grown
      ? undefined
      : places(span).findIndex((place) => place.paragraph === span.paragraph && place.start === span.start) + 1;
    planned.push({
      quote: words(span),
      ...span,
      occurrence,
      quotation: core.quotation,
      amounts: seed.figures.filter((figure) => within(figure, span)).map((figure) => figure.text),
      grewFrom: words(span) === words(core.span) ? undefined : words(core.span),
    });
  }
  return planned;
}

const within = (inner: Span, outer: Span) =>
  inner.paragraph === outer.paragraph && outer.start <= inner.start && inner.end <= outer.end;

/**
 * The first span, from `span` outwards by whole words and never past `floor`
 * or `ceiling`, that `isUnique` takes: one more word on the left, then on the
 * right, then both.
 */
function growUntilUnique(
  span: Span,
  text: string,
  floor: number,
  ceiling: number,
  isUnique: (candidate: Span) => boolean,
): Span | undefined {
  let current = span;
  for (;;) {
    if (isUnique(current)) return current;
    const start = wordStartBefore(text, current.start, floor);
    const end = wordEndAfter(text, current.end, ceiling);
    if (start === undefined && end === undefined) return undefined;
    const left = { ...current, start: start ?? current.start };
    const right = { ...current, end: end ?? current.end };
    if (start !== undefined && isUnique(left)) return left;
    if (end !== undefined && isUnique(right)) return right;
    current = { ...current, start: left.start, end: right.end };
  }
}

const isSpace = (character: string | undefined) => character === undefined || /\s/.test(character);

/**
 * Where the word before `from` starts (a word: characters up to a space), or
 * the word `from` stands in when it starts inside one; undefined when that is
 * before `floor`, so a neighbour's words are never taken.
 */
function wordStartBefore(text: string, from: number, floor: number): number | undefined {
  let at = from;
  while (at > 0 && isSpace(text[at - 1])) at -= 1;
  while (at > 0 && !isSpace(text[at - 1])) at -= 1;
  return at >= floor && at < from ? at : undefined;
}

/** Where the word after `from` ends, or the word `from` stands in; undefined when that is past `ceiling`. */
function wordEndAfter(text: string, from: number, ceiling: number): number | undefined {
  let at = from;
  while (at < text.length && isSpace(text[at])) at += 1;
  while (at < text.length && !isSpace(text[at])) at += 1;
  return at <= ceiling && at > from ? at : undefined;
}

/** A file to write, relative to the project root. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

/** Everything `npm run new` writes for one seed. */
export interface Scaffold {
  /** The story's id: the seed's address, e.g. "a-story-about-money". */
  slug: string;
  /** The seed's id: its file name without `.txt`. */
  seedId: string;
  title: string;
  /** story.md first, then the claims in reading order. */
  files: ScaffoldFile[];
  claims: PlannedClaim[];
}

/** A YAML string: JSON's double-quoted strings are YAML's too. */
const yamlString = (text: string): string => JSON.stringify(text);

/** Words for a YAML comment: on one line. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

/** What the claim covers, for the note at the top of its file. */
function describeClaim(claim: PlannedClaim): string[] {
  const amounts = claim.amounts.map((amount) => `"${amount}"`).join(', ');
  const lines = claim.quotation
    ? [
        `# The quotation ${oneLine(claim.quotation)}${amounts ? `, with the amount ${amounts} inside it: a claim may not cut through a quotation, so this claim checks the amount too` : ''}.`,
      ]
    : [
        `# The amount ${amounts}: every amount of the article needs a claim. To compare it with the table,`,
        '# add figure: { company: <id>, field: valuation } (or revenueRunRate, consumerReach, stake).',
      ];
  if (claim.occurrence !== undefined) {
    lines.push(
      `# Its words stand in more than one place, and so do the words around them: "occurrence" says which one.`,
    );
  }
  if (claim.grewFrom !== undefined) {
    lines.push(
      `# The quote grew from "${oneLine(claim.grewFrom)}", whose words stand in more than one place in the article.`,
    );
  }
  return lines;
}

/** The text of one claim file. */
function claimFile(seedFile: string, claim: PlannedClaim): string {
  return [
    '---',
    `# Written by \`npm run new\` from ${seedFile}.`,
    ...describeClaim(claim),
    '# Next: check it against sources, then set verdict (supported, partly, wrong, unverifiable or',
    '# opinion), say what the sources show in conclusion, list their ids in sources and explain below.',
    '# The quote may grow to the whole claim, as long as it stays the article’s exact words, stands in',
    '# one place only, holds any quotation it touches whole and overlaps no other claim.',
    `quote: ${yamlString(claim.quote)}`,
    ...(claim.occurrence === undefined ? [] : [`occurrence: ${claim.occurrence}`]),
    'verdict: unchecked',
    'conclusion: "Not checked yet."',
    'sources: []',
    '---',
    '',
  ].join('\n');
}

/** The text of the story's sidecar. */
function storyFile(seedFile: string, seedId: string, title: string): string {
  return [
    '---',
    `# The story of “${oneLine(title)}”, written by \`npm run new\` from ${seedFile}.`,
    '# Next: who published the article and where (publisher, url), when (published), three summary',
    '# bullets, the companies of the table and the time its data speaks of (asOf); see the README,',
    '# "Editing content". Until then the page says what is not recorded.',
    `seed: ${yamlString(seedId)}`,
    '---',
    '',
  ].join('\n');
}

/**
 * The files of a new story for the seed `seedFile` (relative to the project
 * root, in seeds/) whose text is `text`; claims in `content/stories/<slug>/claims/`.
 */
export function scaffoldStory(seedFile: string, text: string): Scaffold {
  const seed = parseSeed(text, seedFile);
  const seedId = seedFile.replace(/^.*\//, '').replace(/\.txt$/, '');
  const folder = `content/stories/${seed.slug}`;
  const claims = planClaims(seed);
  const width = Math.max(2, String(claims.length).length);
  const files = [
    { path: `${folder}/story.md`, text: storyFile(seedFile, seedId, seed.title) },
    ...claims.map((claim, index) => ({
      path: `${folder}/claims/${String(index + 1).padStart(width, '0')}-${slugify(claim.quote, 40) || 'claim'}.md`,
      text: claimFile(seedFile, claim),
    })),
  ];
  return { slug: seed.slug, seedId, title: seed.title, files, claims };
}
