import { expect, test } from 'vitest';
import { explainerJsonLd, type StructuredDataInput } from '../../src/lib/publish/structured-data';

const input = (claims: StructuredDataInput['claims']): StructuredDataInput => ({
  pageUrl: 'https://example.org/story/',
  headline: 'What the article gets wrong',
  description: 'Acme is worth $183 billion.',
  original: { title: 'Rival says Acme can never win', url: undefined, publisher: undefined },
  dataFiles: [],
  claims,
  author: 'The Explainer desk',
  datePublished: '2031-03-02',
  dateModified: undefined,
});

/** The rating of each ClaimReview of the graph. */
function ratings(claims: StructuredDataInput['claims']) {
  const graph = explainerJsonLd(input(claims))['@graph'] as { '@type': string; reviewRating?: unknown }[];
  return graph.filter((node) => node['@type'] === 'ClaimReview').map((node) => node.reviewRating);
}

const claim = (verdict: StructuredDataInput['claims'][number]['verdict'], anchor = `claim-${verdict}`) => ({
  anchor,
  quote: 'Acme is worth $183 billion',
  verdict,
});

test('names each rating with the page’s own verdict word', () => {
  expect(
    ratings([claim('wrong'), claim('partly'), claim('supported'), claim('unverifiable'), claim('opinion')]),
  ).toEqual([
    {
      '@type': 'Rating',
      alternateName: 'Wrong',
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
    },
    {
      '@type': 'Rating',
      alternateName: 'Partly right',
      ratingValue: 3,
      bestRating: 5,
      worstRating: 1,
    },
    {
      '@type': 'Rating',
      alternateName: 'Supported',
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
    },
    { '@type': 'Rating', alternateName: 'Unverifiable' },
    { '@type': 'Rating', alternateName: 'Opinion' },
  ]);
});

test('a claim resting on the company’s own figure says so in its rating’s name, and keeps its rating', () => {
  expect(ratings([{ ...claim('supported'), qualifier: 'company-figure' }])).toEqual([
    {
      '@type': 'Rating',
      alternateName: 'Supported (company figure)',
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
    },
  ]);
});

test('a claim not yet checked gets no review', () => {
  expect(ratings([claim('unchecked')])).toEqual([]);
});

test('names the desk as the author, and the publication date as the last change when there is no update', () => {
  const [article] = explainerJsonLd(input([]))['@graph'] as Record<string, unknown>[];
  expect(article).toMatchObject({
    author: { '@type': 'Organization', name: 'The Explainer desk' },
    datePublished: '2031-03-02',
    dateModified: '2031-03-02',
  });
});

test('describes the original article once, and each review refers to it and to the desk by id', () => {
  const graph = explainerJsonLd(input([claim('wrong'), claim('supported')]))['@graph'] as Record<string, unknown>[];
  const reviews = graph.filter((node) => node['@type'] === 'ClaimReview');
  for (const review of reviews) {
    expect(review['itemReviewed']).toEqual({
      '@type': 'Claim',
      appearance: { '@id': 'https://example.org/story/#original' },
    });
    expect(review['author']).toEqual({ '@id': 'https://example.org/story/#author' });
  }
  expect(graph[0]).toMatchObject({
    author: { '@id': 'https://example.org/story/#author', name: 'The Explainer desk' },
    isBasedOn: { '@id': 'https://example.org/story/#original', headline: 'Rival says Acme can never win' },
  });
});
