import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { PLOT, textWidth, TEXT_SIZE, CHART_WIDTH } from '../../src/lib/explainer/chart-geometry';
import {
  formatUsdRange,
  isPrivateValuation,
  seriesDates,
  VALUATION_ROW,
  valuationCaption,
  valuationChart,
  valuationSeries,
  type ReportedValue,
  rowInWords,
} from '../../src/lib/explainer/valuation-chart';
import { companySchema } from '../../src/schemas/company';
import { reportedFigureSchema, type FigureMeasure, type figureSchema } from '../../src/schemas/figure';

const value = (amount: number, asOf: string, basis: string, measure: FigureMeasure = 'private-valuation') => ({
  value: amount,
  unit: 'USD' as const,
  measure,
  basis,
  asOf,
  sources: ['release'],
  confidence: 'high' as const,
});

/** A company of the table with only a valuation, parsed by the real schema. */
const company = (id: string, name: string, valuation: z.input<typeof figureSchema>) => ({
  id,
  data: companySchema.parse({ name, role: `${name}, in the story`, valuation }),
});

/** A story's companies as the explainer's are: a round, a dispute, a round, a listed company, a missing figure. */
const companies = [
  company('acme', 'Acme', { status: 'reported', ...value(183e9, '2025-09-02', 'post-money, Series F') }),
  company('rival', 'Rival', {
    status: 'disputed',
    values: [
      value(80e9, '2025-03-28', 'in the merger'),
      value(113e9, '2025-06', 'employee share sale'),
      value(75e9, '2025-07', 'PitchBook data'),
    ],
    summary: 'No confirmed value came near Acme’s.',
  }),
  company('bigco', 'Bigco', { status: 'reported', ...value(300e9, '2025-03-31', 'post-money, $40 billion round') }),
  company('listed', 'Listed (Holding)', {
    status: 'reported',
    qualifier: 'over',
    ...value(3e12, '2025-09-15', 'market capitalisation of Holding', 'market-cap'),
  }),
  company('cloudco', 'Cloudco', { status: 'not-found', reason: 'Not researched.' }),
];

describe('valuationSeries', () => {
  test('keeps the private valuations in the story’s order', () => {
    const { series } = valuationSeries(companies);
    expect(series.map((row) => [row.name, row.values.map((entry) => entry.text)])).toEqual([
      ['Acme', ['$183 billion']],
      ['Rival', ['$80 billion', '$113 billion', '$75 billion']],
      ['Bigco', ['$300 billion']],
    ]);
  });

  test('keeps every value of a dispute, in date order', () => {
    const rival = valuationSeries(companies).series[1];
    expect(rival?.values.map((entry) => entry.asOf)).toEqual(['2025-03-28', '2025-06', '2025-07']);
  });

  test('leaves out a market capitalisation with its figure, and a missing valuation with the table’s word', () => {
    expect(valuationSeries(companies).leftOut).toEqual([
      {
        id: 'listed',
        name: 'Listed (Holding)',
        reason: 'over $3 trillion (15 Sept 2025), a market capitalisation: a different measure',
        refused: 3e12,
      },
      { id: 'cloudco', name: 'Cloudco', reason: 'not found', refused: undefined },
    ]);
  });

  test('compares what the filter it is given selects', () => {
    const everything = valuationSeries(companies, () => true);
    expect(everything.series.map((row) => row.id)).toEqual(['acme', 'rival', 'bigco', 'listed']);
    const notRival = valuationSeries(companies, (_, figure) => figure.status !== 'disputed');
    expect(notRival.series.map((row) => row.id)).toEqual(['acme', 'bigco', 'listed']);
    expect(notRival.leftOut.map((row) => row.id)).toEqual(['rival', 'cloudco']);
  });
});

describe('isPrivateValuation', () => {
  /** A reported figure parsed by the real schema, and the same as a value of a dispute. */
  const parsed = (
    amount: number,
    basis: string,
    measure: FigureMeasure = 'private-valuation',
    unit: 'USD' | 'percent' = 'USD',
  ) => {
    const figure = reportedFigureSchema.parse({
      status: 'reported',
      ...value(amount, '2025-09-02', basis, measure),
      unit,
    });
    return { figure, reported: figure as ReportedValue };
  };

  test('takes private valuations only: a market capitalisation is another measure', () => {
    const round = parsed(183e9, 'post-money');
    const cap = parsed(3e12, 'Alphabet', 'market-cap');
    expect(isPrivateValuation(round.reported, round.figure)).toBe(true);
    expect(isPrivateValuation(cap.reported, cap.figure)).toBe(false);
  });
});

describe('valuationChart', () => {
  const { series, leftOut } = valuationSeries(companies);
  const chart = valuationChart(series);
  const [acme, rival, bigco] = chart.rows;
  /** Where a value stands on the chart's scale. */
  const at = (amount: number) => PLOT.left + ((PLOT.right - PLOT.left) * amount) / 300e9;

  test('puts every value on one linear scale from zero to the largest', () => {
    expect(chart.ticks.map((tick) => [tick.x, tick.label])).toEqual([
      [PLOT.left, '$0'],
      [at(100e9), '$100B'],
      [at(200e9), '$200B'],
      [PLOT.right, '$300B'],
    ]);
    expect(acme?.dots).toEqual([Math.round(at(183e9) * 10) / 10]);
    expect(bigco?.dots).toEqual([PLOT.right]);
  });

  test('draws a dispute as a band from its lowest to its highest value, with a dot at each', () => {
    expect(rival?.dots).toEqual([80e9, 113e9, 75e9].map((amount) => Math.round(at(amount) * 10) / 10));
    expect(rival?.range?.x).toBe(Math.round(at(75e9) * 10) / 10);
    expect(rival?.range?.width).toBeCloseTo(at(113e9) - at(75e9), 0);
    expect(acme?.range).toBeUndefined();
  });

  test('labels each row with its value and dates, the year left to the title', () => {
    expect(chart.rows.map((row) => [row.name, row.value, row.detail])).toEqual([
      ['Acme', '$183 billion', '2 Sept'],
      ['Rival', '$75–113 billion', 'Sources disagree: 28 Mar to July'],
      ['Bigco', '$300 billion', '31 Mar'],
    ]);
    expect(chart.title).toBe('Valuations of the private companies, 2025');
  });

  test('stacks the rows, the ticks below the last', () => {
    expect(chart.rows.map((row) => row.top)).toEqual([0, 62, 124]);
    expect(chart.tickY).toBeGreaterThan(2 * VALUATION_ROW.height + VALUATION_ROW.trackY + VALUATION_ROW.bandHeight / 2);
    expect(chart.height).toBeGreaterThan(chart.tickY);
  });

  test('says in its description what the picture shows, numbers and dates in words', () => {
    expect(chart.description).toBe(
      'Acme: $183 billion (2 Sept 2025). ' +
        'Rival, where sources disagree: $80 billion (28 Mar 2025), $113 billion (June 2025), $75 billion (July 2025). ' +
        'Bigco: $300 billion (31 Mar 2025).',
    );
  });

  test('says in its caption what is left out and why', () => {
    expect(valuationCaption(series, leftOut)).toBe(
      'Private valuations, on one scale from zero. ' +
        'Left out: Listed (Holding), over $3 trillion (15 Sept 2025), a market capitalisation: a different measure, ' +
        '10× the largest value here, which would flatten the chart; Cloudco, not found.',
    );
    expect(valuationCaption(series, [])).toBe('Private valuations, on one scale from zero.');
  });

  test('says each row in words after the company’s name, as its description does', () => {
    expect(series.map((row) => `${row.name}${rowInWords(row)}`).join(' ')).toBe(chart.description);
  });

  test('every label fits in the frame, so none is cut at 320 px', () => {
    for (const row of chart.rows) {
      expect(textWidth(`${row.name} ${row.value}`, TEXT_SIZE.label)).toBeLessThanOrEqual(CHART_WIDTH);
      expect(textWidth(row.detail, TEXT_SIZE.small)).toBeLessThanOrEqual(CHART_WIDTH);
    }
  });

  test('a chart of values from several years names them all', () => {
    const older = valuationSeries([
      company('old', 'Old', { status: 'reported', ...value(61.5e9, '2024-03', 'post-money') }),
      ...companies.slice(0, 1),
    ]);
    const twoYears = valuationChart(older.series);
    expect(twoYears.title).toBe('Valuations of the private companies, 2024–2025');
    expect(twoYears.rows.map((row) => row.detail)).toEqual(['Mar 2024', '2 Sept 2025']);
  });
});

describe('formatUsdRange and seriesDates', () => {
  test('share the unit word when both ends have it', () => {
    expect(formatUsdRange(75e9, 113e9)).toBe('$75–113 billion');
    expect(formatUsdRange(800e6, 1.2e9)).toBe('$800 million to $1.2 billion');
  });

  test('give one date, or the first and last', () => {
    const { series } = valuationSeries(companies);
    expect(series.map((row) => seriesDates(row))).toEqual(['2 Sept 2025', '28 Mar 2025 to July 2025', '31 Mar 2025']);
  });
});
