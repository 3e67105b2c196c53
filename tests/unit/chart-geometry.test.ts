import { describe, expect, test } from 'vitest';
import { compactUsd, gridPath, moneyAxis, PLOT, round } from '../../src/lib/explainer/chart-geometry';

describe('compactUsd', () => {
  test('writes an axis label with the largest unit that fits', () => {
    expect([0, 5e8, 5e9, 183e9, 1.5e12, 3e12].map(compactUsd)).toEqual(['$0', '$500M', '$5B', '$183B', '$1.5T', '$3T']);
  });
});

describe('moneyAxis', () => {
  test('is linear from zero at the plot’s left to the largest value at its right', () => {
    const { x } = moneyAxis(300e9);
    expect(x(0)).toBe(PLOT.left);
    expect(x(300e9)).toBe(PLOT.right);
    expect(x(150e9)).toBe((PLOT.left + PLOT.right) / 2);
  });

  test('puts ticks at round steps d3 picks, labelled in dollars', () => {
    expect(moneyAxis(300e9).ticks.map((tick) => tick.label)).toEqual(['$0', '$100B', '$200B', '$300B']);
    expect(moneyAxis(500e9).ticks.map((tick) => tick.label)).toEqual(['$0', '$200B', '$400B']);
  });

  test('an axis with nothing on it still has a scale', () => {
    expect(moneyAxis(0).x(0)).toBe(PLOT.left);
  });
});

describe('gridPath', () => {
  test('is one path with a vertical line at each tick', () => {
    expect(
      gridPath(
        [
          { x: 12, label: '$0' },
          { x: 100, label: '$1B' },
        ],
        3,
        19.96,
      ),
    ).toBe('M12,3V20M100,3V20');
  });

  test('rounds to a tenth, finer than a pixel at any size the chart is drawn', () => {
    expect(round(1 / 3)).toBe(0.3);
  });
});
