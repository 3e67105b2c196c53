/**
 * The gap charts: for each claim whose number differs from the table's,
 * the article's number and the sourced one as two bars on one linear scale
 * from zero, so that "100×" is seen as well as read. Built from the claim
 * checks (`FigureComparison`), never from numbers typed here. Pure,
 * computed at build time; the component prints the result as inline SVG.
 */
import { claimAnchor } from '../site/anchors';
import type { Explainer } from './build-article-pages';
import { CHART_WIDTH, gridPath, moneyAxis, round, type Tick } from './chart-geometry';
import { describeComparison } from './figure-comparison';

/** A bar: what it stands for, the number in words, and its extent. */
export interface GapBar {
  /** "The article" or "Sourced". */
  label: string;
  /** "$500 billion", "over $5 billion (Aug 2025)". */
  text: string;
  /** Top of the bar's row; within it, the label and the bar stand at GAP_ROW. */
  top: number;
  width: number;
  /** Whether the bar is the article's number (drawn hollow) or the sourced one (solid). */
  kind: 'article' | 'sourced';
}

/** One claim's chart, with what its figure says around it. */
export interface GapChart {
  /** Fragment id of the claim's note. */
  anchor: string;
  /** The claim's number in the notes. */
  number: number;
  /** The claim's words in the article. */
  quote: string;
  /** The svg's title: "Claim 8: the article’s $500 billion is 100× the sourced figure". */
  title: string;
  /** The svg's description: both numbers, what they measure and the gap. */
  description: string;
  width: number;
  height: number;
  /** Where the bars start, at zero. */
  x: number;
  bars: [GapBar, GapBar];
  ticks: Tick[];
  tickY: number;
  /** A row's grid: a short line at each tick, across the bar. */
  grid: string;
}

/** Where things stand in a bar's row, in viewBox units: the label's baseline, the bar's top and height. */
export const GAP_ROW = { labelY: 15, barY: 22, barHeight: 16, height: 48 } as const;
/** A bar for a number above zero stays visible, however small beside the other. */
const MIN_BAR = 1.5;

/**
 * A chart for every claim whose number differs from the sourced one by
 * more than the tolerance, in the order of the notes. What the number is
 * (e.g. "Anthropic’s revenue run-rate") comes from the company and the
 * table column the claim is tied to.
 */
export function gapCharts(explainer: Pick<Explainer, 'claims' | 'companies' | 'table'>): GapChart[] {
  return explainer.claims.flatMap(({ entry, number, comparison }) => {
    if (!comparison?.differs) return [];
    const figure = entry.data.figure;
    const company = explainer.companies.find((candidate) => candidate.id === figure?.company.id);
    const column = explainer.table.columns.find((candidate) => candidate.id === figure?.field);
    const what = company && column ? `${company.data.name}’s ${column.name}` : undefined;
    const words = describeComparison(comparison);
    const { x, ticks } = moneyAxis(Math.max(comparison.articleValue, comparison.sourcedValue));
    const width = (value: number) => (value > 0 ? Math.max(MIN_BAR, round(x(value) - x(0))) : 0);
    const bar = (index: number, kind: GapBar['kind'], label: string, text: string, value: number): GapBar => ({
      label,
      text,
      top: index * GAP_ROW.height,
      width: width(value),
      kind,
    });
    const bars: [GapBar, GapBar] = [
      bar(0, 'article', 'The article', comparison.articleText, comparison.articleValue),
      bar(1, 'sourced', 'Sourced', words.sourced, comparison.sourcedValue),
    ];
    const bottom = 2 * GAP_ROW.height;
    return [
      {
        anchor: claimAnchor(entry.id),
        number,
        quote: entry.data.quote,
        title: `Claim ${number}: the article’s ${comparison.articleText} is ${words.ratio}`,
        description: `${what ? `${what}: t` : 'T'}he article says ${comparison.articleText}; the sourced figure is ${words.sourced}. ${words.finding}`,
        width: CHART_WIDTH,
        height: bottom + 14,
        x: round(x(0)),
        bars,
        ticks,
        tickY: bottom + 10,
        grid: gridPath(ticks, GAP_ROW.barY - 2, GAP_ROW.barY + GAP_ROW.barHeight + 2),
      },
    ];
  });
}
