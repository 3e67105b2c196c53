/**
 * The build-time check of an article against the site's own data: every
 * claim's quote must be the article's exact words, a number tied to a table
 * cell must agree with it or carry a verdict that says it does not, and every
 * money amount of the article must be covered by a claim. Each problem is a
 * message naming the file, the field and the fix.
 */
import type { Figure, ReportedFigure } from '../../schemas/figure';
import { formatDate, formatRatio, formatReported } from '../site/format';
import { findMoney } from '../seed/money';
import { verdictsAllowingMismatch, type Verdict } from './verdicts';

/** What the checks need of a claim. */
export interface ClaimToCheck {
  /** Path of the claim file, for messages. */
  file: string;
  id: string;
  quote: string;
  verdict: Verdict;
  figure?: {
    /** Company name, for messages, e.g. "Anthropic". */
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

/** The article's number against the table's, for a claim tied to a cell. */
export interface FigureComparison {
  /** As the article writes it, e.g. "$500 billion". */
  articleText: string;
  articleValue: number;
  /** As the table gives it, e.g. "over $5 billion". */
  sourcedText: string;
  sourcedValue: number;
  /** The sourced figure's date for readers, e.g. "Aug 2025". */
  asOfLabel: string;
  /** True when the two differ by more than the tolerance. */
  differs: boolean;
  /** e.g. "100× the sourced figure", or "a third of the sourced figure". */
  ratioText: string;
}

export interface ClaimCheckResult {
  spans: Map<string, ClaimSpan>;
  comparisons: Map<string, FigureComparison>;
  /** Every problem; the build fails when there is one. */
  problems: string[];
}

/** Numbers within 10% of each other agree; beyond that the verdict must say so. */
export const FIGURE_TOLERANCE = 0.1;

/** Where `quote` stands in the seed: the first paragraph that contains it. */
export function locateQuote(quote: string, paragraphs: readonly string[]): ClaimSpan | undefined {
  for (const [paragraph, text] of paragraphs.entries()) {
    const start = text.indexOf(quote);
    if (start !== -1) return { paragraph, start, end: start + quote.length };
  }
  return undefined;
}

/** How the article's number stands against the sourced one, in words. */
export function describeRatio(articleValue: number, sourcedValue: number): string {
  if (articleValue >= sourcedValue) return `${formatRatio(articleValue, sourcedValue)} the sourced figure`;
  return `${formatRatio(sourcedValue, articleValue)} below the sourced figure`;
}

/** Compares a number with each reported value of a cell; undefined when the cell has none. */
export function compareFigure(articleText: string, articleValue: number, cell: Figure): FigureComparison | undefined {
  const reported: Omit<ReportedFigure, 'status'>[] =
    cell.status === 'reported' ? [cell] : cell.status === 'disputed' ? cell.values : [];
  if (reported.length === 0) return undefined;
  // Against a dispute, the closest value is the fairest comparison.
  const closest = [...reported].sort(
    (a, b) => Math.abs(Math.log(articleValue / a.value)) - Math.abs(Math.log(articleValue / b.value)),
  )[0]!;
  return {
    articleText,
    articleValue,
    sourcedText: formatReported(closest),
    sourcedValue: closest.value,
    asOfLabel: formatDate(closest.asOf),
    differs: Math.abs(articleValue - closest.value) / closest.value > FIGURE_TOLERANCE,
    ratioText: describeRatio(articleValue, closest.value),
  };
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
    const span = locateQuote(claim.quote, seed.paragraphs);
    if (!span) {
      problems.push(
        `${claim.file}: "quote" does not occur in ${seed.file}: “${claim.quote}”. Copy the words exactly from the article (curly quotes, apostrophes and dashes included), within one paragraph.`,
      );
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
        problems.push(
          `${claim.file}: the article says ${comparison.articleText} but the table has ${comparison.sourcedText} (${comparison.asOfLabel}) for ${companyName}’s ${fieldLabel}: ${comparison.ratioText}, more than ${FIGURE_TOLERANCE * 100}% apart. So "verdict" must be wrong or partly, not ${claim.verdict}.`,
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
