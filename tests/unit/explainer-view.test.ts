import { describe, expect, test } from 'vitest';
import { buildArticlePages } from '../../src/lib/explainer/build-article-pages';
import { explainerView } from '../../src/lib/explainer/explainer-view';
import { STORY, storyEntry, story, storySidecar } from './content-fixtures';

/** The view of the story's explainer page. */
function storyView(collections = story()) {
  const page = buildArticlePages(collections).pages[0];
  if (!page?.explainer) throw new Error('the story built no explainer');
  return explainerView(page.seed, page.explainer);
}

describe('explainerView', () => {
  test('numbers the cited sources from 1 in bibliography order', () => {
    expect([...storyView().sourceNumbers]).toEqual([
      ['release', 1],
      ['news', 2],
    ]);
  });

  test('names each cited source by its publisher', () => {
    expect(storyView().sourceNames.get('news')).toBe('Newswire');
  });

  test('links a quotation of the article to its event on the timeline', () => {
    expect([...storyView().quoteHrefs]).toEqual([
      ['Acme is going to lose', '#event-2025-09-23-rival-says-acme-will-lose'],
    ]);
  });

  test('marks a claim with its verdict, its number and links both ways', () => {
    expect(storyView().claimMarks[0]).toEqual({
      paragraph: 0,
      start: 0,
      end: 26,
      verdict: 'supported',
      verdictLabel: 'Supported',
      checked: true,
      number: 1,
      id: 'claim-01-worth-text',
      href: '#claim-01-worth',
    });
  });

  test('gives a claim whose number differs the sourced figure and the ratio', () => {
    expect(storyView().claimMarks[1]?.detail).toBe(
      'sourced: $5 billion (Aug 2025); the article’s number is 100× the sourced figure',
    );
  });

  test('counts the claims by verdict for "How we checked this"', () => {
    const counts = storyView().summary.byVerdict.filter((entry) => entry.count > 0);
    expect(counts).toEqual([
      { verdict: 'supported', count: 1 },
      { verdict: 'wrong', count: 1 },
    ]);
  });

  test('counts every value of the table, from the sidecar’s companies only', () => {
    // Two companies of seven columns each; no cell of the fixture is disputed.
    expect(storyView().summary.valueCount).toBe(14);
  });

  test('reads the article alone in less time than the whole page', () => {
    const collections = story();
    const long = 'word '.repeat(440);
    collections.claims[0] = { ...collections.claims[0]!, body: long };
    expect(storyView(collections).readingMinutes).toEqual({ article: 1, page: 2 });
  });

  test('says when the original was published, as precisely as known', () => {
    expect(storyView().published).toEqual({
      datetime: '2025-09-23',
      label: 'on or after 23 Sept 2025',
      basis: 'date of the reply',
    });
  });

  test('has no publication date when the sidecar gives none', () => {
    const collections = story();
    collections.stories[0] = storyEntry(STORY, { ...storySidecar(), published: undefined });
    expect(storyView(collections).published).toBeUndefined();
  });

  test('lists the data files under the article’s address', () => {
    expect(storyView().dataFiles.map((file) => file.path)).toEqual([
      '/data/rival-says-acme-can-never-win/companies.csv',
      '/data/rival-says-acme-can-never-win/companies.json',
      '/data/rival-says-acme-can-never-win/timeline.json',
      '/data/rival-says-acme-can-never-win/claims.json',
    ]);
  });
});
