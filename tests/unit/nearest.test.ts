import { describe, expect, test } from 'vitest';
import { editDistance, likelyMeant, nearest } from '../../src/lib/site/nearest';

describe('editDistance', () => {
  test.each([
    ['qualifer', 'qualifier', 1],
    ['x-ai', 'xai', 1],
    ['anthropic-series-g', 'anthropic-series-f', 1],
    ['sourecs', 'sources', 1],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('from "%s" to "%s" is %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('nearest', () => {
  const people = ['elon-musk', 'grok', 'matthew-berman', 'sam-altman', 'yacine'];

  test('puts a name that contains the typed one first, then the others by edit distance', () => {
    expect(nearest('elon', people)).toEqual(['elon-musk', 'grok', 'yacine']);
  });

  test('gives at most the number asked for, and fewer when fewer are known', () => {
    expect(nearest('xai', ['openai', 'x-ai', 'amazon', 'google'], 2)).toEqual(['x-ai', 'openai']);
    expect(nearest('a', ['b'])).toEqual(['b']);
    expect(nearest('a', [])).toEqual([]);
  });

  test('ignores case', () => {
    expect(nearest('RevenueRunRate', ['valuation', 'revenueRunRate'], 1)).toEqual(['revenueRunRate']);
  });
});

describe('likelyMeant', () => {
  const fields = ['status', 'value', 'unit', 'qualifier', 'basis', 'asOf', 'sources', 'confidence', 'note'];

  test('is the known name one slip away', () => {
    expect(likelyMeant('qualifer', fields)).toBe('qualifier');
    expect(likelyMeant('source', fields)).toBe('sources');
    expect(likelyMeant('asof', fields)).toBe('asOf');
  });

  test('is nothing when no known name is close', () => {
    expect(likelyMeant('currency', fields)).toBeUndefined();
  });
});
