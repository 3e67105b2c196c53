/**
 * The build-time check of an article against the site's own data: every
 * claim's quote must be the article's exact words, a number tied to a table
 * cell must agree with it or carry a verdict that says it does not, and every
 * money amount of the article must be covered by a claim. Each problem is a
 * message naming the file, the field and the fix.
 */
import type { Figure } from '../../schemas/figure';
import { findMoney } from '../seed/money';
import { compareFigure, describeComparison, FIGURE_TOLERANCE, type FigureComparison } from './figure-comparison';
import { verdictsAllowingMismatch, type Verdict } from './verdicts';

/** What the checks need of a claim. */
export interface ClaimToCheck {
  /** Path of the claim file, for messages. */
  file: string;
  id: string;
  quote: string;
  /** Which of several places that hold the quote's words is meant, counted from 1 in reading order. */
  occurrence?: number | undefined;
  verdict: Verdict;
  figure?: {
    /** Company name, for messages, e.g. "Acme". */
    companyName: string;
    /** Column label, for messages, e.g. "revenue run-rate". */
    fieldLabel: string;
    cell: Figure;
  };
}

/** What the checks need of a seed. */
export interface SeedToCheck {
  file: string;
  paragraphs: readonly string[];
  quotes: readonly { paragraph: number; start: number; end: number; text: string }[];
  figures: readonly { paragraph: number; start: number; end: number; text: string }[];
}

/** Where a claim's quote stands in the seed. */
export interface ClaimSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** What the checks found: where each claim stands, each number compared, and every problem. */
export interface ClaimCheckResult {
  spans: Map<string, ClaimSpan>;
  comparisons: Map<string, FigureComparison>;
  /** Every problem; the build fails when there is one. */
  problems: string[];
}

/** Every place `quote` stands in the seed, in reading order (overlapping places included). */
export function findQuote(quote: string, paragraphs: readonly string[]): ClaimSpan[] {
  const spans: ClaimSpan[] = [];
  for (const [paragraph, text] of paragraphs.entries()) {
    for (let start = text.indexOf(quote); start !== -1; start = text.indexOf(quote, start + 1)) {
      spans.push({ paragraph, start, end: start + quote.length });
    }
  }
  return spans;
}

/** Where `quote` stands in the seed: the first place, or the `occurrence`-th (from 1). */
export function locateQuote(quote: string, paragraphs: readonly string[], occurrence = 1): ClaimSpan | undefined {
  return findQuote(quote, paragraphs)[occurrence - 1];
}

/** "once", "twice", "3 times". */
const times = (count: number): string => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`);

/** "paragraphs 2 and 5", "paragraph 3": where the places are, for a message. */
function describePlaces(spans: readonly ClaimSpan[]): string {
  const paragraphs = [...new Set(spans.map((span) => span.paragraph + 1))];
  if (paragraphs.length === 1) return `paragraph ${paragraphs[0]}`;
  return `paragraphs ${paragraphs.slice(0, -1).join(', ')} and ${paragraphs.at(-1)}`;
}

/**
 * Where the claim's quote stands, or the problem: words that are not in the
 * seed, words that stand in more than one place with no `occurrence` to say
 * which, or an `occurrence` beyond the places there are.
 */
function placeQuote(claim: ClaimToCheck, seed: SeedToCheck): ClaimSpan | string {
  const spans = findQuote(claim.quote, seed.paragraphs);
  if (spans.length === 0) {
    return `${claim.file}: "quote" does not occur in ${seed.file}: “${claim.quote}”. Copy the words exactly from the article (curly quotes, apostrophes and dashes included), within one paragraph.`;
  }
  if (claim.occurrence !== undefined) {
    return (
      spans[claim.occurrence - 1] ??
      `${claim.file}: "occurrence" is ${claim.occurrence}, but “${claim.quote}” occurs ${times(spans.length)} in ${seed.file}. Give a number from 1 to ${spans.length}, or remove "occurrence".`
    );
  }
  if (spans.length > 1) {
    return `${claim.file}: "quote" occurs ${times(spans.length)} in ${seed.file} (${describePlaces(spans)}): “${claim.quote}”. Quote more of the sentence so that the words occur once, or add "occurrence: 1" (or 2, …, counted in reading order) to say which.`;
  }
  return spans[0]!;
}

/** Runs every check of the claims of one seed. */
export function checkClaims(
  seed: SeedToCheck,
  claims: readonly ClaimToCheck[],
  claimsFolder: string,
): ClaimCheckResult {
  const spans = new Map<string, ClaimSpan>();
  const comparisons = new Map<string, FigureComparison>();
  const problems: string[] = [];

  for (const claim of claims) {
    const span = placeQuote(claim, seed);
    if (typeof span === 'string') {
      problems.push(span);
      continue;
    }
    const cut = seed.quotes.find(
      (quote) =>
        quote.paragraph === span.paragraph &&
        quote.start < span.end &&
        quote.end > span.start &&
        (quote.start < span.start || quote.end > span.end),
    );
    if (cut) {
      problems.push(
        `${claim.file}: "quote" cuts through the quotation “${cut.text}” in paragraph ${span.paragraph + 1}. Include the whole quotation, marks and all, or none of it.`,
      );
      continue;
    }
    spans.set(claim.id, span);

    if (claim.figure) {
      const { companyName, fieldLabel, cell } = claim.figure;
      const amount = findMoney(claim.quote)[0];
      if (!amount) {
        problems.push(
          `${claim.file}: "figure" ties the claim to ${companyName}’s ${fieldLabel}, but "quote" holds no amount such as "$5 billion".`,
        );
        continue;
      }
      const comparison = compareFigure(amount.text, amount.value, cell);
      if (!comparison) {
        problems.push(
          `${claim.file}: "figure" points at ${companyName}’s ${fieldLabel}, which has no reported number (status: ${cell.status}). Remove "figure" or give that cell a number.`,
        );
        continue;
      }
      comparisons.set(claim.id, comparison);
      if (comparison.differs && !verdictsAllowingMismatch.includes(claim.verdict)) {
        const words = describeComparison(comparison);
        problems.push(
          `${claim.file}: the article says ${comparison.articleText} but the table has ${words.sourced} for ${companyName}’s ${fieldLabel}: ${words.ratio}, more than ${FIGURE_TOLERANCE * 100}% apart. So "verdict" must be wrong or partly, not ${claim.verdict}.`,
        );
      }
    }
  }

  const located = claims.filter((claim) => spans.has(claim.id));
  for (const [index, a] of located.entries()) {
    for (const b of located.slice(index + 1)) {
      const spanA = spans.get(a.id)!;
      const spanB = spans.get(b.id)!;
      if (spanA.paragraph === spanB.paragraph && spanA.start < spanB.end && spanB.start < spanA.end) {
        problems.push(
          `${a.file} and ${b.file}: their quotes overlap in paragraph ${spanA.paragraph + 1}. Each word of the article can belong to one claim only; shorten one "quote".`,
        );
      }
    }
  }

  const uncovered = seed.figures.filter(
    (figure) =>
      ![...spans.values()].some(
        (span) => span.paragraph === figure.paragraph && span.start <= figure.start && figure.end <= span.end,
      ),
  );
  if (uncovered.length > 0) {
    const list = uncovered.map((figure) => `"${figure.text}" (paragraph ${figure.paragraph + 1})`).join(', ');
    problems.push(
      `${seed.file}: these amounts are not covered by any claim in ${claimsFolder}: ${list}. Add a claim whose "quote" includes each amount.`,
    );
  }

  return { spans, comparisons, problems };
}
