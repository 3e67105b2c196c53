import { describe, expect, test } from 'vitest';
import { buildArticlePages } from '../../src/lib/explainer/build-article-pages';
import { shareImageContent } from '../../src/lib/publish/sharing';
import { STORY, claim, company, story, twoStories } from './content-fixtures';

/** The share image of the story, built from `collections`. */
function storyImage(collections: ReturnType<typeof story>) {
  const { pages, problems } = buildArticlePages(collections);
  expect(problems).toEqual([]);
  return shareImageContent(pages[0]);
}

describe('shareImageContent', () => {
  test('shows the site’s name and purpose for a page without an explainer', () => {
    expect(shareImageContent(undefined)).toEqual({
      kicker: 'The Explainer',
      title: 'News articles explained and checked against sourced data',
      footer: 'Every figure names its source',
    });
  });

  test('shows an explainer’s title, its claim whose number differs, and how many claims were checked', () => {
    expect(storyImage(story())).toEqual({
      kicker: 'Explainer · checked against sourced data',
      title: 'Rival says Acme can never win',
      check: {
        claim: 'earns $500 billion a year',
        verdict: 'wrong',
        finding: 'Sourced: $5 billion (Aug 2025). The article’s number is 100× the sourced figure.',
      },
      tally: [
        { verdict: 'supported', count: 1 },
        { verdict: 'wrong', count: 1 },
      ],
      footer: 'The Explainer · 2 claims checked',
    });
  });

  test('shows a number 100× too small before one 20× too large', () => {
    const collections = story();
    // The text's "$183 billion" against $18.3 trillion, and its "$500 billion" against $25 billion.
    collections.companies[0] = company('acme', 'Acme', { valuation: 18.3e12, revenue: 25e9 });
    collections.claims[1] = claim(`${STORY}/01-worth`, {
      quote: 'Acme is worth $183 billion',
      verdict: 'wrong',
      conclusion: 'Acme is worth a hundred times more.',
      figure: { company: 'acme', field: 'valuation' },
      sources: ['release'],
    });
    expect(storyImage(collections).check).toEqual({
      claim: 'Acme is worth $183 billion',
      verdict: 'wrong',
      finding: 'Sourced: $18.3 trillion (Aug 2025). The article’s number is 100× below the sourced figure.',
    });
  });
});

describe('shareImageContent of a page without a finished check', () => {
  const pageOf = (id: string) => buildArticlePages(twoStories()).pages.find((page) => page.seed.id === id);

  test('an article no story tells gets the plain article image, which says nothing of checking', () => {
    const content = shareImageContent(pageOf('plain'));
    expect(content).toEqual({
      kicker: 'Article',
      title: 'A news article, reproduced as published',
      footer: 'The Explainer',
    });
    expect(JSON.stringify(content)).not.toMatch(/check/i);
  });

  test('a story with a claim not yet checked says how many are, and not that it was checked', () => {
    expect(shareImageContent(pageOf('other'))).toEqual({
      kicker: 'Explainer',
      title: 'Initech says Globex is behind',
      tally: [{ verdict: 'unchecked', count: 1 }],
      footer: 'The Explainer · 0 of 1 claims checked',
    });
  });
});
