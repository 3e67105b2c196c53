/**
 * A story just made by `npm run new` has no publisher, address or "as of"
 * time yet: the page says what is not recorded instead of inventing it.
 */
import { describe, expect, test } from 'vitest';
import { checkingLine, companiesCaption } from '../../src/lib/explainer/explainer-view';
import { explainerJsonLd } from '../../src/lib/publish/structured-data';

describe('with no "as of" time', () => {
  test('the checking line gives no date', () => {
    expect(
      [
        { claimCount: 6, checkedCount: 0 },
        { claimCount: 6, checkedCount: 2 },
        { claimCount: 6, checkedCount: 6 },
        { claimCount: 0, checkedCount: 0 },
      ].map((summary) => checkingLine(summary, undefined)),
    ).toEqual([
      '0 of 6 claims checked so far.',
      '2 of 6 claims checked so far.',
      'Checked against sourced data.',
      'No claim of the article checked yet.',
    ]);
  });

  test('the table’s caption gives no date', () => {
    expect(companiesCaption(2, undefined)).toBe('The two companies in the article');
  });
});

test('with no publisher or address, the structured data names neither', () => {
  const graph = explainerJsonLd({
    pageUrl: 'https://example.org/a-story/',
    headline: 'A Story',
    description: 'What it is about.',
    original: { title: 'A Story', url: undefined, publisher: undefined },
    dataFiles: [],
    claims: [],
    author: 'The Explainer desk',
    datePublished: undefined,
    dateModified: undefined,
  })['@graph'] as { '@type': string; isBasedOn?: unknown }[];
  expect(graph[0]?.isBasedOn).toEqual({
    '@type': 'NewsArticle',
    '@id': 'https://example.org/a-story/#original',
    headline: 'A Story',
  });
});
