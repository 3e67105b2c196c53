import { describe, expect, test } from 'vitest';
import {
  compareFigure,
  describeComparison,
  differenceFactor,
  type FigureComparison,
} from '../../src/lib/explainer/figure-comparison';
import { figureSchema } from '../../src/schemas/figure';

const reported = (value: number, asOf: string) => ({
  value,
  unit: 'USD',
  measure: 'revenue-run-rate',
  basis: 'run-rate',
  asOf,
  sources: ['release'],
  confidence: 'high',
});

const revenue = figureSchema.parse({ status: 'reported', qualifier: 'over', ...reported(5e9, '2025-08') });

/** The comparison of an article's number with "over $5 billion (Aug 2025)". */
const against5Billion = (articleValue: number): FigureComparison => {
  const comparison = compareFigure('the article’s amount', articleValue, revenue);
  if (!comparison) throw new Error('a reported figure gives a comparison');
  return comparison;
};

describe('compareFigure', () => {
  test('$500 billion against over $5 billion differs', () => {
    expect(compareFigure('$500 billion', 500e9, revenue)).toEqual({
      articleText: '$500 billion',
      articleValue: 500e9,
      sourcedText: 'over $5 billion',
      sourcedValue: 5e9,
      asOfLabel: 'Aug 2025',
      confidence: 'high',
      differs: true,
    });
  });

  test('numbers within 10% agree', () => {
    expect(against5Billion(5.4e9).differs).toBe(false);
  });

  test('numbers more than 10% apart differ', () => {
    expect(against5Billion(5.6e9).differs).toBe(true);
  });

  test('a cell without a number gives no comparison', () => {
    const missing = figureSchema.parse({ status: 'not-found', reason: 'none published' });
    expect(compareFigure('$1 billion', 1e9, missing)).toBeUndefined();
  });

  test('against a dispute, the value closest to the article’s number is compared', () => {
    const disputed = figureSchema.parse({
      status: 'disputed',
      values: [reported(80e9, '2025-03'), reported(200e9, '2025-09')],
      summary: 'Two reports disagree.',
    });
    expect(compareFigure('$190 billion', 190e9, disputed)?.sourcedText).toBe('$200 billion');
  });

  test('against a dispute, a number far too small is compared with the smaller value', () => {
    const disputed = figureSchema.parse({
      status: 'disputed',
      values: [reported(200e9, '2025-09'), reported(80e9, '2025-03')],
      summary: 'Two reports disagree.',
    });
    expect(compareFigure('$1 billion', 1e9, disputed)?.sourcedText).toBe('$80 billion');
  });
});

describe('differenceFactor', () => {
  test('is how many times the larger number is the smaller', () => {
    expect(differenceFactor(500e9, 5e9)).toBe(100);
  });

  test('is the same whichever number is larger', () => {
    expect(differenceFactor(5e9, 500e9)).toBe(differenceFactor(500e9, 5e9));
  });
});

describe('describeComparison', () => {
  test('gives the sourced figure with its date', () => {
    expect(describeComparison(against5Billion(500e9)).sourced).toBe('over $5 billion (Aug 2025)');
  });

  test('says how many times the sourced figure a larger number is', () => {
    expect(describeComparison(against5Billion(500e9)).ratio).toBe('100× the sourced figure');
  });

  test('says how many times below the sourced figure a smaller number is', () => {
    expect(describeComparison(against5Billion(1e9)).ratio).toBe('5× below the sourced figure');
  });

  test('states the finding as a sentence', () => {
    expect(describeComparison(against5Billion(500e9)).finding).toBe('The article’s number is 100× the sourced figure.');
  });

  test('says that numbers within the tolerance agree', () => {
    expect(describeComparison(against5Billion(5.2e9)).finding).toBe('They agree within 10%.');
  });

  test('reads on in lower case after the claim’s words in the article', () => {
    expect(describeComparison(against5Billion(500e9)).inline).toBe(
      'sourced: over $5 billion (Aug 2025); the article’s number is 100× the sourced figure',
    );
  });

  test('stands alone in sentences, as on the share image', () => {
    expect(describeComparison(against5Billion(500e9)).standalone).toBe(
      'Sourced: over $5 billion (Aug 2025). The article’s number is 100× the sourced figure.',
    );
  });
});

describe('a comparison with zero', () => {
  const zero = figureSchema.parse({ status: 'reported', ...reported(0, '2025-08') });

  test('against a sourced 0, a number differs and is said to be above zero, never "Infinity×"', () => {
    const comparison = compareFigure('$5 billion', 5e9, zero);
    expect(comparison?.differs).toBe(true);
    expect(describeComparison(comparison!).standalone).toBe(
      'Sourced: $0 (Aug 2025). The article’s number is above the sourced figure of zero.',
    );
  });

  test('an article’s 0 against a sourced number is said to be zero', () => {
    expect(describeComparison(against5Billion(0)).finding).toBe(
      'The article’s number is zero, against the sourced figure.',
    );
  });

  test('0 against a sourced 0 agrees', () => {
    const comparison = compareFigure('$0', 0, zero);
    expect(comparison?.differs).toBe(false);
    expect(describeComparison(comparison!).finding).toBe('They agree within 10%.');
  });

  test('0 is infinitely far from any other number, and 1 from itself', () => {
    expect([differenceFactor(0, 5), differenceFactor(5, 0), differenceFactor(0, 0)]).toEqual([Infinity, Infinity, 1]);
  });
});
