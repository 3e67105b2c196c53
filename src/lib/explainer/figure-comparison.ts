/**
 * The article's number against the table's: how the two compare, and the
 * one wording of that comparison. The claim marks, the claim notes, the
 * share image, claims.json and the build's messages all take their words
 * from `describeComparison`, so they cannot say it differently.
 */
import type { Confidence } from '../../schemas/confidence';
import type { Figure, ReportedFigure } from '../../schemas/figure';
import { formatDate, formatRatio, formatReported } from '../site/format';

/** Numbers within 10% of each other agree; beyond that the verdict must say so. */
export const FIGURE_TOLERANCE = 0.1;

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
  /** How strongly its sources support the sourced figure, e.g. "high". */
  confidence: Confidence;
  /** True when the two differ by more than the tolerance. */
  differs: boolean;
}

/**
 * How many times larger the larger number is than the smaller: 100 for
 * $500 billion against $5 billion, and 100 for $5 billion against $500
 * billion, since a number 100× too small is as far off as one 100× too large.
 * Equal numbers are 1 apart (0 and 0 too); any other number against 0 is
 * infinitely far, which no wording prints (see `describeComparison`).
 */
export function differenceFactor(a: number, b: number): number {
  if (a === b) return 1;
  if (a === 0 || b === 0) return Infinity;
  return Math.max(a / b, b / a);
}

/** Compares a number with each reported value of a cell; undefined when the cell has none. */
export function compareFigure(articleText: string, articleValue: number, cell: Figure): FigureComparison | undefined {
  const reported: Omit<ReportedFigure, 'status'>[] =
    cell.status === 'reported' ? [cell] : cell.status === 'disputed' ? cell.values : [];
  // Against a dispute, the closest value is the fairest comparison.
  const closest = [...reported].sort(
    (a, b) => differenceFactor(articleValue, a.value) - differenceFactor(articleValue, b.value),
  )[0];
  if (!closest) return undefined;
  return {
    articleText,
    articleValue,
    sourcedText: formatReported(closest),
    sourcedValue: closest.value,
    asOfLabel: formatDate(closest.asOf),
    confidence: closest.confidence,
    // Relative to the sourced figure; against a sourced zero, any other number differs.
    differs:
      closest.value === 0
        ? articleValue !== 0
        : Math.abs(articleValue - closest.value) / closest.value > FIGURE_TOLERANCE,
  };
}

/** A comparison in words, each form for one place it is read. */
export interface ComparisonWords {
  /** The sourced figure with its date: "over $5 billion (Aug 2025)". */
  sourced: string;
  /** The gap: "100× the sourced figure", or "3× below the sourced figure". */
  ratio: string;
  /** A sentence: "The article’s number is 100× the sourced figure.", or "They agree within 10%." */
  finding: string;
  /** After the claim's words in the article, so in lower case: "sourced: over $5 billion (Aug 2025); the article’s number is 100× the sourced figure". */
  inline: string;
  /** Standing alone, as on the share image: "Sourced: over $5 billion (Aug 2025). The article’s number is 100× the sourced figure." */
  standalone: string;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The one wording of how the article's number stands against the sourced one. */
export function describeComparison(comparison: FigureComparison): ComparisonWords {
  const { articleValue, sourcedValue } = comparison;
  const sourced = `${comparison.sourcedText} (${comparison.asOfLabel})`;
  // Against zero a ratio means nothing ("Infinity×"): say which side of zero instead.
  const ratio =
    sourcedValue === 0 && articleValue !== 0
      ? 'above the sourced figure of zero'
      : articleValue === 0 && sourcedValue !== 0
        ? 'zero, against the sourced figure'
        : articleValue >= sourcedValue
          ? `${formatRatio(articleValue, sourcedValue)} the sourced figure`
          : `${formatRatio(sourcedValue, articleValue)} below the sourced figure`;
  const clause = comparison.differs
    ? `the article’s number is ${ratio}`
    : `they agree within ${FIGURE_TOLERANCE * 100}%`;
  return {
    sourced,
    ratio,
    finding: `${capitalize(clause)}.`,
    inline: `sourced: ${sourced}; ${clause}`,
    standalone: `Sourced: ${sourced}. ${capitalize(clause)}.`,
  };
}
