/**
 * The verdicts as the built explainer shows them: the card under the
 * summary, the tally of every verdict, and the same words wherever a
 * verdict appears (card, article, notes, structured data), read from the
 * built HTML with a real parser.
 */
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { all, one, readPage, text } from '../helpers/html';

const SLUG = 'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk';
const dist = inject('dist');

let page: Root;
beforeAll(async () => {
  page = await readPage(dist, `${SLUG}/index.html`);
});

/** Text with its runs of white space as one space, as a reader sees it. */
const words = (node: Element | Root) => text(node).replace(/\s+/g, ' ').trim();

/** Every element of the page in document order, to compare positions. */
const order = () => all(page, '*');

describe('the verdict card', () => {
  test('comes right after the summary, before the exchange', () => {
    const elements = order();
    const at = (selector: string) => elements.indexOf(one(page, selector));
    expect(at('#verdicts')).toBeGreaterThan(at('.summary'));
    expect(at('#verdicts')).toBeLessThan(at('#exchange'));
    expect(words(one(page, '#verdicts h2'))).toBe('The verdicts at a glance');
  });

  test('shows the story’s key claims in its order, each with its verdict, its words and what the sources give', () => {
    const claims = all(page, '#verdicts .key-claims > li');
    const [quote, finding] = [0, 1].map((index) => (claim: Element) => words(all(claim, 'p')[index]!));
    expect(claims.map((claim) => words(one(claim, '.verdict-tag')))).toEqual([
      '✗ Wrong',
      '✓ Supported',
      '◐ Partly right',
    ]);
    expect(claims.map(quote!)).toEqual([
      '“Anthropic also now has an annualized revenue of $500 billion”',
      '“Anthropic is now worth $183 billion”',
      '“around the same valuation as xAI”',
    ]);
    expect(finding!(claims[0]!)).toBe(
      'Sourced: over $5 billion (Aug 2025). The article’s number is 100× the sourced figure. Note on claim 8',
    );
    expect(finding!(claims[1]!)).toContain('Sourced: $183 billion (2 Sept 2025).');
  });

  test('links each key claim to its note, which exists', () => {
    const links = all(page, '#verdicts .key-claims a').map((link) => String(link.properties['href']));
    expect(links).toEqual(['#claim-08', '#claim-05', '#claim-06']);
    for (const link of links) expect(all(page, `.claim-notes > li${link}`)).toHaveLength(1);
  });

  test('tallies every verdict of the article in words, and in a list with symbols and counts', () => {
    expect(words(one(page, '#verdicts > p'))).toBe(
      '19 claims checked: 9 supported, 5 partly right, 1 wrong, 2 unverifiable, 2 opinion.',
    );
    expect(all(page, '#verdicts .tally-legend > li').map(words)).toEqual([
      '✓ Supported: 9',
      '◐ Partly right: 5',
      '✗ Wrong: 1',
      '? Unverifiable: 2',
      '” Opinion: 2',
    ]);
  });

  test('counts what the article’s marks show', () => {
    const counts = ['supported', 'partly', 'wrong', 'unverifiable', 'opinion'].map(
      (verdict) => all(page, `.article-body mark.verdict-${verdict}`).length,
    );
    expect(counts).toEqual([9, 5, 1, 2, 2]);
  });

  test('draws the bar in SVG, each segment as wide as its share, with no style attribute', () => {
    const bar = one(page, '#verdicts > svg');
    expect(bar.properties['ariaHidden']).toBe('true');
    expect(all(bar, 'rect').map((rect) => [rect.properties['className'], rect.properties['width']])).toEqual([
      [['verdict-supported'], '47.4%'],
      [['verdict-partly'], '26.3%'],
      [['verdict-wrong'], '5.3%'],
      [['verdict-unverifiable'], '10.5%'],
      [['verdict-opinion'], '10.5%'],
    ]);
    expect(all(page, '#verdicts [style]')).toEqual([]);
  });
});

describe('one finding, one label', () => {
  test('the claims resting on Anthropic’s own figures are “Supported · company figure” in the article and the notes', () => {
    for (const id of ['claim-07', 'claim-09']) {
      expect(words(one(page, `#${id} > p > .verdict-tag`))).toBe('✓ Supported · company figure');
      const ref = all(page, '.article-body a.claim-ref').find((link) => link.properties['href'] === `#${id}`)!;
      expect(words(ref)).toMatch(/^✓ Claim \d+ checked: Supported · company figure$/);
    }
  });

  test('no claim is labelled “disputed”: that word is for no verdict', () => {
    const claimTexts = all(
      page,
      '#verdicts, .summary, .article-body .claim-ref, .claim-notes > li > p, .verdict-legend',
    ).map(words);
    for (const claimText of claimTexts) expect(claimText).not.toMatch(/disputed/i);
  });

  test('the structured data names each rating with the page’s words', () => {
    const graph = (
      JSON.parse(text(one(page, 'script[type="application/ld+json"]'))) as {
        '@graph': { '@type': string; claimReviewed?: string; reviewRating?: { alternateName: string } }[];
      }
    )['@graph'];
    const names = graph
      .filter((node) => node['@type'] === 'ClaimReview')
      .map((node) => node.reviewRating?.alternateName);
    expect(names.filter((name) => name === 'Supported (company figure)')).toHaveLength(2);
    expect(new Set(names)).toEqual(
      new Set(['Supported', 'Supported (company figure)', 'Partly right', 'Wrong', 'Unverifiable', 'Opinion']),
    );
  });
});
