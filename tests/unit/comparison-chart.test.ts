import { describe, expect, test } from 'vitest';
import { buildArticlePages } from '../../src/lib/explainer/build-article-pages';
import { CHART_WIDTH, PLOT, textWidth, TEXT_SIZE } from '../../src/lib/explainer/chart-geometry';
import { GAP_ROW, gapCharts } from '../../src/lib/explainer/comparison-chart';
import { company, story, STORY } from './content-fixtures';

/** The explainer of the fixture story: Acme “earns $500 billion” against a sourced $5 billion, and is worth the $183 billion it says. */
function explainer(collections = story()) {
  const page = buildArticlePages(collections).pages[0];
  if (!page?.explainer) throw new Error('the story built no explainer');
  return page.explainer;
}

describe('gapCharts', () => {
  test('draws a chart for each claim whose number differs from the table’s, and only those', () => {
    const charts = gapCharts(explainer());
    expect(charts.map((chart) => [chart.number, chart.anchor, chart.quote])).toEqual([
      [2, 'claim-02', 'earns $500 billion a year'],
    ]);
  });

  test('takes both numbers from the claim check, the article’s first', () => {
    const [chart] = gapCharts(explainer());
    expect(chart?.bars.map((bar) => [bar.kind, bar.label, bar.text])).toEqual([
      ['article', 'The article', '$500 billion'],
      ['sourced', 'Sourced', '$5 billion (Aug 2025)'],
    ]);
  });

  test('draws both bars from zero on one linear scale, so 100× is seen: one bar a hundredth of the other', () => {
    const [chart] = gapCharts(explainer());
    const [article, sourced] = chart?.bars ?? [];
    expect(chart?.x).toBe(PLOT.left);
    expect(article?.width).toBe(PLOT.right - PLOT.left);
    expect(sourced?.width).toBeCloseTo((PLOT.right - PLOT.left) / 100, 1);
    expect(chart?.ticks.map((tick) => tick.label)).toEqual(['$0', '$200B', '$400B']);
  });

  test('keeps a bar above zero visible however small beside the other', () => {
    const collections = story();
    collections.companies[0] = company('acme', 'Acme', { valuation: 183e9, revenue: 1e8 });
    const [chart] = gapCharts(explainer(collections));
    expect(chart?.bars[1].width).toBe(1.5);
  });

  test('says the gap in its title and both numbers, and what they measure, in its description', () => {
    const [chart] = gapCharts(explainer());
    expect(chart?.title).toBe('Claim 2: the article’s $500 billion is 100× the sourced figure');
    expect(chart?.description).toBe(
      'Acme’s revenue run-rate: the article says $500 billion; the sourced figure is $5 billion (Aug 2025). ' +
        'The article’s number is 100× the sourced figure.',
    );
  });

  test('stacks its two rows with the ticks below, and every label fits in the frame', () => {
    const [chart] = gapCharts(explainer());
    expect(chart?.bars.map((bar) => bar.top)).toEqual([0, GAP_ROW.height]);
    expect(chart?.tickY).toBeGreaterThan(GAP_ROW.height + GAP_ROW.barY + GAP_ROW.barHeight);
    for (const bar of chart?.bars ?? []) {
      expect(textWidth(`${bar.label}: ${bar.text}`, TEXT_SIZE.label)).toBeLessThanOrEqual(CHART_WIDTH);
    }
  });

  test('a story whose numbers all agree has no chart', () => {
    const agreeing = explainer();
    agreeing.claims = agreeing.claims.filter((claim) => claim.entry.id !== `${STORY}/02-earns`);
    expect(agreeing.claims.map((claim) => claim.comparison?.differs)).toEqual([false]);
    expect(gapCharts(agreeing)).toEqual([]);
  });
});
