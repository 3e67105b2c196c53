import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { all, one, readPage, text } from '../helpers/html';
import { editedBuild, type SharedBuild } from '../helpers/shared-builds';

const SLUG = 'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk';
const dist = inject('dist');

let page: Root;
beforeAll(async () => {
  page = await readPage(dist, `${SLUG}/index.html`);
});

/** The element right after `element` among its parent's element children. */
function nextElements(parent: Element, element: Element, count: number): Element[] {
  const siblings = parent.children.filter((child): child is Element => child.type === 'element');
  const index = siblings.indexOf(element);
  return siblings.slice(index + 1, index + 1 + count);
}

describe('the annotated article', () => {
  test('marks "$500 billion" wrong, with the sourced figure, its date and the ratio beside it', () => {
    const paragraph = one(page, '#paragraph-3');
    const mark = all(paragraph, 'mark').find((element) => text(element).includes('$500 billion'))!;
    expect(text(mark)).toBe('Anthropic also now has an annualized revenue of $500 billion');
    expect(mark.properties['className']).toEqual(['claim', 'verdict-wrong']);
    const [label, detail] = nextElements(paragraph, mark, 2);
    expect(text(label!)).toBe('✗ Claim 8 checked: Wrong');
    expect(text(detail!)).toBe('sourced: over $5 billion (Aug 2025); the article’s number is 100× the sourced figure');
  });

  test('marks every claim of the seed with its verdict and a link to its note', () => {
    const marks = all(page, '.article-body mark.claim');
    expect(marks).toHaveLength(19);
    const noteIds = new Set(all(page, '.claim-notes > li').map((note) => note.properties['id']));
    for (const link of all(page, '.article-body a.claim-ref')) {
      expect(noteIds).toContain(String(link.properties['href']).slice(1));
      expect(link.properties['dataAnnotation']).toBe('');
    }
    expect(all(page, '.article-body a.claim-ref')).toHaveLength(19);
    expect(new Set(marks.map((mark) => (mark.properties['className'] as string[])[1]))).toEqual(
      new Set(['verdict-supported', 'verdict-partly', 'verdict-wrong', 'verdict-unverifiable', 'verdict-opinion']),
    );
  });
});

describe('the claim notes', () => {
  test('give each claim its verdict, conclusion and a link back to the text', () => {
    const notes = all(page, '.claim-notes > li');
    expect(notes).toHaveLength(19);
    const markIds = new Set(all(page, 'mark.claim').map((mark) => mark.properties['id']));
    for (const note of notes) {
      expect(text(one(note, '.verdict-tag')).length).toBeGreaterThan(0);
      const back = all(note, 'a').find((link) => text(link) === 'Back to the claim in the article')!;
      expect(markIds).toContain(String(back.properties['href']).slice(1));
    }
  });

  test('show the claim, its verdict and its conclusion, and keep the evidence one click away', () => {
    for (const note of all(page, '.claim-notes > li')) {
      const evidence = one(note, 'details');
      expect(text(one(evidence, 'summary'))).toBe('Evidence');
      expect(text(one(evidence, 'p')).length).toBeGreaterThan(20);
      for (const readerPart of ['h3', 'p > .verdict-tag']) {
        expect(all(evidence, readerPart), readerPart).toEqual([]);
        expect(all(note, readerPart), readerPart).toHaveLength(1);
      }
    }
    const revenue = one(page, '#claim-08');
    expect(text(one(revenue, 'details .source-refs'))).toMatch(/^Source \d+: Anthropic, 2 Sept 2025$/);
    expect(text(one(revenue, 'details .claim-dates')).replace(/\s+/g, ' ')).toBe(
      'The sourced figure, over $5 billion, is as of Aug 2025; confidence: high.',
    );
  });

  test('show the numbers compared for the revenue claim', () => {
    const note = one(page, '#claim-08');
    expect(all(note, 'li > dl dd').map(text)).toEqual([
      '$500 billion',
      'over $5 billion (Aug 2025)',
      'The article’s number is 100× the sourced figure.',
    ]);
  });
});

describe('how we checked this', () => {
  test('is computed from the page: sources, claims by verdict, quotes matched', async () => {
    const box = text(one(page, '#how-we-checked'));
    const sourceCount = all(await readPage(dist, `${SLUG}/sources/index.html`), '.source-list > li').length;
    expect(box).toContain(`${sourceCount} sources`);
    expect(box).toContain('19 claims');
    const count = (verdict: string) => all(page, `mark.verdict-${verdict}`).length;
    expect(box).toContain(`${count('wrong')} wrong`);
    expect(box).toContain(`${count('supported')} supported`);
    expect(box).toContain('2 of 2 quotations');
  });
});

describe('structured data', () => {
  test('is valid JSON-LD with a NewsArticle, a Dataset and a ClaimReview per claim', () => {
    interface Node {
      '@type': string;
      url?: string;
      isBasedOn?: { url: string };
      distribution?: { contentUrl: string }[];
      claimReviewed?: string;
      reviewRating?: { alternateName: string };
    }
    const data = JSON.parse(text(one(page, 'script[type="application/ld+json"]'))) as {
      '@context': string;
      '@graph': Node[];
    };
    const byType = (type: string) => data['@graph'].filter((node) => node['@type'] === type);
    expect(data['@context']).toBe('https://schema.org');
    const [article] = byType('NewsArticle');
    expect(article?.isBasedOn?.url).toBe(
      'https://officechai.com/ai/winning-ai-race-was-never-possible-for-anthropic-says-elon-musk',
    );
    expect(article?.url).toBe(`https://example.org/${SLUG}/`);
    const [dataset] = byType('Dataset');
    expect(dataset?.distribution?.map((file) => file.contentUrl)).toEqual([
      `https://example.org/data/${SLUG}/companies.csv`,
      `https://example.org/data/${SLUG}/companies.json`,
      `https://example.org/data/${SLUG}/timeline.json`,
      `https://example.org/data/${SLUG}/claims.json`,
    ]);
    const reviews = byType('ClaimReview');
    expect(reviews).toHaveLength(19);
    const revenue = reviews.find((review) => review.claimReviewed?.includes('$500 billion'));
    expect(revenue?.reviewRating?.alternateName).toBe('Wrong');
  });
});

// A later edit that breaks the agreement between text and data fails the build: see
// tests/build/content-errors.test.ts, where it shares one build with the other content mistakes.

describe('a quotation that no timeline event holds', () => {
  let edited: SharedBuild;
  beforeAll(async () => {
    edited = await editedBuild();
  });

  test('is listed in the build output, and the build succeeds', () => {
    expect(edited.output).toContain(
      '[explainer] seeds/000_d2ade5a4050b47a8.txt: the quotation “Anthropic is going to lose :/” matches no timeline event, so it is not linked.',
    );
  });

  test('is left unlinked on the page, while the quotation an event holds stays linked', async () => {
    const editedPage = await readPage(edited.outDir, `${SLUG}/index.html`);
    const quotes = all(editedPage, '.article-body q').map((quote) => [text(quote), all(quote, 'a').length]);
    expect(quotes).toEqual([
      ['“Anthropic is going to lose :/”', 0],
      ['“Winning was never in the set of possible outcomes for Anthropic.”', 1],
    ]);
  });
});
