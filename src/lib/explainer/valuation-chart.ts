/**
 * The valuation chart: what each private company of a story was valued at,
 * a row per company on one linear scale from zero. A company whose sources
 * disagree is a range with a dot for each value, never one number picked.
 * Only like is compared with like: a listed company's market
 * capitalisation measures something else, so it is left out and the
 * caption says so. Pure, computed at build time (d3 scales and ticks); the
 * component prints the result as inline SVG.
 */
import type { Company } from '../../schemas/company';
import { figureMeasures, type Figure, type ReportedFigure } from '../../schemas/figure';
import { formatDate, formatRatio, formatReported, formatUsd, missingLabels } from '../site/format';
import type { Entry } from './build-article-pages';
import { CHART_WIDTH, gridPath, moneyAxis, round, type Tick } from './chart-geometry';

/** A reported value, alone or one of a dispute's. */
export type ReportedValue = Omit<ReportedFigure, 'status'>;

/** Which values the chart compares; it is given each value and the figure it belongs to. */
export type ValuationFilter = (value: ReportedValue, figure: Figure) => boolean;

/** The default filter: private valuations, like with like; a listed company's market capitalisation is another measure. */
export const isPrivateValuation: ValuationFilter = (value) => value.measure === 'private-valuation';

/** One value the chart draws. */
export interface ValuationValue {
  value: number;
  /** As the table writes it: "$183 billion". */
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  /** "2 Sept 2025". */
  date: string;
}

/** A company's row: one value, or the values its sources disagree on (in date order). */
export interface ValuationSeries {
  id: string;
  name: string;
  values: ValuationValue[];
}

/** A company of the story the chart does not draw, and why, in words that follow its name. */
export interface LeftOut {
  id: string;
  name: string;
  reason: string;
  /** The largest value the filter refused, if it refused any. */
  refused: number | undefined;
}

const toValue = (value: ReportedValue): ValuationValue => ({
  value: value.value,
  text: formatReported(value),
  asOf: value.asOf,
  date: formatDate(value.asOf),
});

/**
 * The rows of the chart, in the story's order, and the companies left
 * out: those whose valuation the filter refuses (with the figure and what
 * it measures) and those with no valuation (with the table's word for it).
 */
export function valuationSeries(
  companies: readonly Entry<Company>[],
  include: ValuationFilter = isPrivateValuation,
): { series: ValuationSeries[]; leftOut: LeftOut[] } {
  const series: ValuationSeries[] = [];
  const leftOut: LeftOut[] = [];
  for (const { id, data } of companies) {
    const figure = data.valuation;
    if (!figure || (figure.status !== 'reported' && figure.status !== 'disputed')) {
      const reason = figure ? missingLabels[figure.status].toLowerCase() : 'no valuation';
      leftOut.push({ id, name: data.name, reason, refused: undefined });
      continue;
    }
    const reported = figure.status === 'reported' ? [figure] : figure.values;
    const values = reported.filter((value) => include(value, figure));
    if (values.length === 0) {
      const shown = reported.map(
        (value) => `${formatReported(value)} (${formatDate(value.asOf)}), ${figureMeasures[value.measure].name}`,
      );
      leftOut.push({
        id,
        name: data.name,
        reason: `${shown.join('; ')}: a different measure`,
        refused: Math.max(...reported.map((value) => value.value)),
      });
      continue;
    }
    series.push({
      id,
      name: data.name,
      values: values.map(toValue).sort((a, b) => a.asOf.localeCompare(b.asOf)),
    });
  }
  return { series, leftOut };
}

/**
 * What a row says after the company's name, in words: ": $183 billion (2 Sept 2025)." or ", where
 * sources disagree: $80 billion (28 Mar 2025), $113 billion (June 2025)." The chart's <desc> and the
 * caption's list say it alike.
 */
export function rowInWords(series: ValuationSeries): string {
  const values = series.values.map((value) => `${value.text} (${value.date})`).join(', ');
  return series.values.length === 1 ? `: ${values}.` : `, where sources disagree: ${values}.`;
}

/** "$75–113 billion" when both ends share a word, else "$800 million to $1.2 billion". */
export function formatUsdRange(low: number, high: number): string {
  const [lowText, highText] = [formatUsd(low), formatUsd(high)];
  const word = lowText.split(' ')[1];
  return word !== undefined && highText.endsWith(` ${word}`)
    ? `${lowText.split(' ')[0]}–${highText.slice(1)}`
    : `${lowText} to ${highText}`;
}

/** The lowest and the highest value of a row. */
const extent = (series: ValuationSeries): [number, number] => {
  const numbers = series.values.map((value) => value.value);
  return [Math.min(...numbers), Math.max(...numbers)];
};

/** What a row says after the name: "$183 billion", or the range "$75–113 billion". */
export function seriesValue(series: ValuationSeries): string {
  if (series.values.length === 1) return series.values[0]?.text ?? '';
  return formatUsdRange(...extent(series));
}

/** The dates a row covers: "2 Sept 2025", or "28 Mar 2025 to July 2025"; `year` is left out when given. */
export function seriesDates(series: ValuationSeries, year?: string): string {
  const dates = series.values.map((value) =>
    year !== undefined && value.asOf.startsWith(year) ? value.date.replace(` ${year}`, '') : value.date,
  );
  const [first, last] = [dates[0] ?? '', dates.at(-1) ?? ''];
  return first === last ? first : `${first} to ${last}`;
}

/** The years the chart's values fall in, in order. */
const yearsOf = (series: readonly ValuationSeries[]): string[] =>
  [...new Set(series.flatMap((row) => row.values.map((value) => value.asOf.slice(0, 4))))].sort();

/** The chart's title: "Valuations of the private companies, 2025" (or "2024–2025"). */
export function valuationTitle(series: readonly ValuationSeries[]): string {
  const years = yearsOf(series);
  const span = years.length > 1 ? `${years[0] ?? ''}–${years.at(-1) ?? ''}` : (years[0] ?? '');
  return `Valuations of the private companies${span && `, ${span}`}`;
}

/** The chart in a sentence a row, for its <desc>: the same numbers and dates the picture shows. */
export const valuationDescription = (series: readonly ValuationSeries[]): string =>
  series.map((row) => `${row.name}${rowInWords(row)}`).join(' ');

/**
 * The caption: what is drawn, then each company left out and why. A
 * refused valuation that would have flattened the chart says by how much.
 */
export function valuationCaption(series: readonly ValuationSeries[], leftOut: readonly LeftOut[]): string {
  const largest = Math.max(0, ...series.flatMap((row) => row.values.map((value) => value.value)));
  const drawn = 'Private valuations, on one scale from zero.';
  if (leftOut.length === 0) return drawn;
  const reasons = leftOut.map(({ name, reason, refused }) => {
    const flattens = refused !== undefined && largest > 0 && refused >= 2 * largest;
    return `${name}, ${reason}${flattens ? `, ${formatRatio(refused, largest)} the largest value here, which would flatten the chart` : ''}`;
  });
  return `${drawn} Left out: ${reasons.join('; ')}.`;
}

/** One row of the drawing, in its own coordinates (its group is moved down by `top`). */
export interface ValuationRowLayout {
  id: string;
  name: string;
  /** After the name on the first line. */
  value: string;
  /** The second line: the dates, or the dispute and its dates. */
  detail: string;
  top: number;
  /** Where each value's dot stands on the track. */
  dots: number[];
  /** The band from the lowest to the highest value, when the sources disagree. */
  range: { x: number; width: number } | undefined;
}

/**
 * Where things stand in every row, in viewBox units: the baselines of its two lines, the track's centre
 * line, and the radius of a value's dot.
 */
export const VALUATION_ROW = {
  nameY: 15,
  detailY: 32,
  trackY: 47,
  height: 62,
  bandHeight: 16,
  dotRadius: 4.5,
} as const;

/** Everything the component draws, in viewBox units. */
export interface ValuationChart {
  width: number;
  height: number;
  title: string;
  description: string;
  rows: ValuationRowLayout[];
  ticks: Tick[];
  /** Baseline of the tick labels. */
  tickY: number;
  /** A row's grid: a short line at each tick, across the track. */
  grid: string;
}

/** Lays the chart out: a row per series, one scale from zero to the largest value, the ticks at the foot. */
export function valuationChart(series: readonly ValuationSeries[]): ValuationChart {
  const largest = Math.max(0, ...series.flatMap((row) => row.values.map((value) => value.value)));
  const { x, ticks } = moneyAxis(largest);
  const years = yearsOf(series);
  // The title names the year; a row repeats it only when the chart spans several.
  const year = years.length === 1 ? years[0] : undefined;
  const rows = series.map((row, index): ValuationRowLayout => {
    const xs = row.values.map((value) => round(x(value.value)));
    const [low, high] = [Math.min(...xs), Math.max(...xs)];
    const dates = seriesDates(row, year);
    return {
      id: row.id,
      name: row.name,
      value: seriesValue(row),
      detail: row.values.length > 1 ? `Sources disagree: ${dates}` : dates,
      top: index * VALUATION_ROW.height,
      dots: xs,
      range: row.values.length > 1 ? { x: low, width: round(high - low) } : undefined,
    };
  });
  const bottom = series.length * VALUATION_ROW.height;
  const { trackY, bandHeight } = VALUATION_ROW;
  return {
    width: CHART_WIDTH,
    height: bottom + 16,
    title: valuationTitle(series),
    description: valuationDescription(series),
    rows,
    ticks,
    tickY: bottom + 12,
    grid: gridPath(ticks, trackY - bandHeight / 2, trackY + bandHeight / 2),
  };
}
