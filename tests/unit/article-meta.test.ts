import { describe, expect, test } from 'vitest';
import { buildArticlePages, type ArticlePage } from '../../src/lib/explainer/build-article-pages';
import { articleMeta } from '../../src/lib/publish/article-meta';
import { STORY, storyEntry, story, storySidecar, twoStories } from './content-fixtures';

const SITE_URL = new URL('https://example.org');

/** The story's pages, by seed id. */
function pages(collections = story()): Map<string, ArticlePage> {
  return new Map(buildArticlePages(collections).pages.map((page) => [page.seed.id, page]));
}

const explainerMeta = (collections = story()) => articleMeta(pages(collections).get('story')!, SITE_URL);
const plainMeta = () => articleMeta(pages().get('plain')!, SITE_URL);

describe('articleMeta', () => {
  test('titles the page with the article’s own title', () => {
    expect(explainerMeta().title).toBe('Rival says Acme can never win');
  });

  test('describes an explainer by its first summary bullet', () => {
    expect(explainerMeta().description).toBe('Acme is worth $183 billion.');
  });

  test('describes a seed no story tells by its first paragraph', () => {
    expect(plainMeta().description).toBe('It has one paragraph.');
  });

  test('gives an explainer its own share image, with alt text that names the key check', () => {
    expect(explainerMeta().image).toEqual({
      path: `/share/${STORY}.png`,
      alt: 'Explainer · checked against sourced data: Rival says Acme can never win. The article’s claim “earns $500 billion a year” is marked wrong: Sourced: $5 billion (Aug 2025). The article’s number is 100× the sourced figure. Claims by verdict: 1 supported, 1 wrong.',
    });
  });

  test('gives a seed no story tells the plain article image, no structured data and a footer that claims no check', () => {
    expect(plainMeta()).toMatchObject({
      image: { path: '/share/article.png', alt: 'Article: A news article, reproduced as published.' },
      jsonLd: undefined,
      footer: 'The Explainer: the article above is reproduced exactly as published.',
    });
  });

  test('keeps the site’s footer for an explainer whose every claim is checked', () => {
    expect(explainerMeta().footer).toBeUndefined();
  });

  test('reviews every claim in the structured data, at its absolute address', () => {
    const graph = explainerMeta().jsonLd?.['@graph'] as { '@type': string; url: string }[];
    expect(graph.filter((node) => node['@type'] === 'ClaimReview').map((node) => node.url)).toEqual([
      `https://example.org/${STORY}/#claim-01`,
      `https://example.org/${STORY}/#claim-02`,
    ]);
  });

  test('gives no publication time when the date is only a bound', () => {
    expect(explainerMeta().publishedTime).toBeUndefined();
  });

  test('gives the publication time when the date is exact', () => {
    const collections = story();
    collections.stories[0] = storyEntry(STORY, { ...storySidecar(), published: { date: '2025-09-23' } });
    expect(explainerMeta(collections).publishedTime).toBe('2025-09-23');
  });
});

describe('articleMeta of a story with a claim not yet checked', () => {
  const otherMeta = () =>
    articleMeta(
      new Map(buildArticlePages(twoStories()).pages.map((page) => [page.seed.id, page])).get('other')!,
      SITE_URL,
    );

  test('reviews no claim that is not yet checked in the structured data', () => {
    const graph = otherMeta().jsonLd?.['@graph'] as { '@type': string }[];
    expect(graph.map((node) => node['@type'])).toEqual(['NewsArticle', 'Dataset']);
  });

  test('gives the page a footer that does not say it was checked', () => {
    expect(otherMeta().footer).toBe(
      'The Explainer: every figure on this page names its source; a claim not yet checked says so.',
    );
  });
});
