/**
 * What the explainer's charts share: one frame sized for a phone, text
 * sizes that stay readable there, a money axis from zero, and numbers
 * rounded so the inline SVG stays short. Pure: the chart components only
 * print what these functions return, and no chart code reaches the browser.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/**
 * The width of every chart's viewBox. A chart is drawn at most 22rem wide
 * (about 1.2 units a pixel) and 288 px wide on a 320 px screen (0.96), so
 * its text keeps close to the size it is given here.
 */
export const CHART_WIDTH = 300;

/** Text sizes in viewBox units: a label, and the smaller dates and ticks (12.5 px at 320 px). */
export const TEXT_SIZE = { label: 15, small: 13 } as const;

/** Where the axis starts and ends, leaving room for a tick label centred on either end. */
export const PLOT = { left: 12, right: CHART_WIDTH - 24 } as const;

/** One decimal place is finer than a pixel at any size the chart is drawn. */
export const round = (value: number): number => Math.round(value * 10) / 10;

/** An axis label: "$0", "$200B", "$1.5T", "$500M". */
export function compactUsd(value: number): string {
  const scales: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
  ];
  for (const [size, suffix] of scales) {
    if (value >= size) return `$${Number((value / size).toFixed(1))}${suffix}`;
  }
  return `$${value}`;
}

/** A tick of the money axis: where it stands and what it says. */
export interface Tick {
  x: number;
  label: string;
}

/** A linear money scale from zero to `max` across the plot, and its ticks (d3 picks round steps). */
export function moneyAxis(max: number, count = 3): { x: ScaleLinear<number, number>; ticks: Tick[] } {
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([PLOT.left, PLOT.right]);
  return { x, ticks: x.ticks(count).map((value) => ({ x: round(x(value)), label: compactUsd(value) })) };
}

/**
 * An upper bound of a line's width in viewBox units: system sans-serif
 * fonts average under 0.6 em a character, bold included. The tests use it
 * to prove that every label fits in the frame.
 */
export const textWidth = (text: string, size: number): number => text.length * size * 0.6;

/** The grid of a row: a short vertical line at each tick, as one path. */
export const gridPath = (ticks: readonly Tick[], top: number, bottom: number): string =>
  ticks.map((tick) => `M${tick.x},${round(top)}V${round(bottom)}`).join('');
