/**
 * The valuation chart: what each private company of a story was valued at,
 * a row per company on one linear scale from zero. A company whose sources
 * disagree is a range with a dot for each value, never one number picked.
 * Only like is compared with like: a listed company's market
 * capitalisation measures something else, so it is left out and the
 * caption says so. Pure, computed at build time (d3 scales, ticks and
 * symbol paths); the component prints the result as inline SVG.
 */
import { symbol, symbolCircle } from 'd3-shape';
import type { Company } from '../../schemas/company';
import type { Figure, ReportedFigure } from '../../schemas/figure';
import { formatDate, formatRatio, formatReported, formatUsd, missingLabels } from '../site/format';
import type { Entry } from './build-article-pages';
import { CHART_WIDTH, gridPath, moneyAxis, round, type Tick } from './chart-geometry';

/** A reported value, alone or one of a dispute's. */
export type ReportedValue = Omit<ReportedFigure, 'status'>;

/** Which values the chart compares; it is given each value and the figure it belongs to. */
export type ValuationFilter = (value: ReportedValue, figure: Figure) => boolean;

/**
 * The default filter: private valuations in US dollars. Figures do not yet
 * say what they measure, so a `measure` is read when there is one, and
 * otherwise a basis that names a market capitalisation marks a listed
 * company. Once every figure has `measure`, this is
 * `value.measure === 'private-valuation'`.
 */
export const isPrivateValuation: ValuationFilter = (value) => {
  if (value.unit !== 'USD') return false;
  const measure: unknown = 'measure' in value ? value.measure : undefined;
  if (measure !== undefined) return measure === 'private-valuation';
  return !/market capitali[sz]ation/i.test(value.basis);
};

/** One value the chart draws. */
export interface ValuationValue {
  value: number;
  /** As the table writes it: "$183 billion". */
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  /** "2 Sept 2025". */
  date: string;
  /** What the number measures, e.g. "post-money, Series F". */
  basis: string;
}

/** A company's row: one value, or the values its sources disagree on (in date order). */
export interface ValuationSeries {
  id: string;
  name: string;
  values: ValuationValue[];
  /** The dispute in the company file's own sentence, when its sources disagree. */
  dispute: string | undefined;
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
  basis: value.basis,
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
      const shown = reported.map((value) => `${formatReported(value)} (${formatDate(value.asOf)}), ${value.basis}`);
      leftOut.push({
        id,
        name: data.name,
        reason: `${shown.join('; ')}, a different measure`,
        refused: Math.max(...reported.map((value) => value.value)),
      });
      continue;
    }
    series.push({
      id,
      name: data.name,
      values: values.map(toValue).sort((a, b) => a.asOf.localeCompare(b.asOf)),
      dispute: figure.status === 'disputed' && values.length > 1 ? figure.summary : undefined,
    });
  }
  return { series, leftOut };
}

/** A value with its date and what it measures: "$183 billion as of 2 Sept 2025; post-money, Series F". */
export const valueInWords = (value: ValuationValue): string => `${value.text} as of ${value.date}; ${value.basis}.`;

/** "$75–113 billion" when both ends share a word, else "$800 million to $1.2 billion". */
export function formatUsdRange(low: number, high: number): string {
  const [lowText, highText] = [formatUsd(low), formatUsd(high)];
  const word = lowText.split(' ')[1];
  return word !== undefined && highText.endsWith(` ${word}`)
    ? `${lowText.split(' ')[0]}–${highText.slice(1)}`
    : `${lowText} to ${highText}`;
}

/** What a row says after the name: "$183 billion", or the range "$75–113 billion". */
export function seriesValue(series: ValuationSeries): string {
  const numbers = series.values.map((value) => value.value);
  if (series.values.length === 1) return series.values[0]?.text ?? '';
  return formatUsdRange(Math.min(...numbers), Math.max(...numbers));
}

/** The dates a row covers: "2 Sept 2025", or "28 Mar 2025 to July 2025"; `year` is left out when given. */
export function seriesDates(series: ValuationSeries, year?: string): string {
  const dates = series.values.map((value) =>
    year !== undefined && value.asOf.startsWith(`${year}`) ? value.date.replace(` ${year}`, '') : value.date,
  );
  const [first, last] = [dates[0] ?? '', dates.at(-1) ?? ''];
  return first === last ? first : `${first} to ${last}`;
}

/** The year every value of the chart falls in, or undefined when they span more than one. */
function commonYear(series: readonly ValuationSeries[]): string | undefined {
  const years = new Set(series.flatMap((row) => row.values.map((value) => value.asOf.slice(0, 4))));
  return years.size === 1 ? [...years][0] : undefined;
}

/** The chart's title: "Valuations of the private companies, 2025". */
export function valuationTitle(series: readonly ValuationSeries[]): string {
  const years = [...new Set(series.flatMap((row) => row.values.map((value) => value.asOf.slice(0, 4))))].sort();
  const span = years.length > 1 ? `${years[0] ?? ''}–${years.at(-1) ?? ''}` : (years[0] ?? '');
  return `Valuations of the private companies${span && `, ${span}`}`;
}

/** The chart in a sentence a row, for its <desc>: the same numbers and dates the picture shows. */
export function valuationDescription(series: readonly ValuationSeries[]): string {
  return series
    .map((row) =>
      row.values.length === 1
        ? `${row.name}: ${seriesValue(row)} (${seriesDates(row)}).`
        : `${row.name}: sources disagree, from ${formatUsd(Math.min(...row.values.map((v) => v.value)))} to ${formatUsd(Math.max(...row.values.map((v) => v.value)))} (${row.values.length} values, ${seriesDates(row)}).`,
    )
    .join(' ');
}

/**
 * The caption: what is drawn, then each company left out and why. A
 * refused valuation that would have flattened the chart says by how much.
 */
export function valuationCaption(series: readonly ValuationSeries[], leftOut: readonly LeftOut[]): string {
  const largest = Math.max(0, ...series.flatMap((row) => row.values.map((value) => value.value)));
  const drawn = 'Private valuations on one scale from zero; a band spans the values where sources disagree.';
  if (leftOut.length === 0) return drawn;
  const reasons = leftOut.map(({ name, reason, refused }) => {
    const flattens = refused !== undefined && largest > 0 && refused >= 2 * largest;
    return `${name}: ${reason}${flattens ? `, and at ${formatRatio(refused, largest)} the largest value drawn it would flatten the chart` : ''}`;
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

/** Where things stand in every row, in viewBox units: the baselines of its two lines, the track's centre line. */
export const VALUATION_ROW = { nameY: 15, detailY: 32, trackY: 47, height: 62, bandHeight: 16 } as const;

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
  /** The dot, centred on 0,0 (d3-shape's circle symbol). */
  dot: string;
}

/** Lays the chart out: a row per series, one scale from zero to the largest value, the ticks at the foot. */
export function valuationChart(series: readonly ValuationSeries[]): ValuationChart {
  const largest = Math.max(0, ...series.flatMap((row) => row.values.map((value) => value.value)));
  const { x, ticks } = moneyAxis(largest);
  const year = commonYear(series);
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
    dot: symbol(symbolCircle, 64).digits(1)() ?? '',
  };
}
