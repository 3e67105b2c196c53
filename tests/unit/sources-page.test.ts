/**
 * The list of sources is a page of its own: numbered as the explainer cites
 * its sources, so "Source 1" there is #source-1 here, and each citation of
 * the explainer links to its entry.
 */
import { describe, expect, test } from 'vitest';
import { buildArticlePages } from '../../src/lib/explainer/build-article-pages';
import { citations } from '../../src/lib/explainer/citations';
import { explainerView } from '../../src/lib/explainer/explainer-view';
import { sourcesPageView } from '../../src/lib/explainer/sources-page';
import { claimAnchor, sourceAnchor } from '../../src/lib/site/anchors';
import { STORY, story } from './content-fixtures';

function storyPage() {
  const page = buildArticlePages(story()).pages[0];
  if (!page?.explainer) throw new Error('the story built no explainer');
  return { seed: page.seed, explainer: page.explainer };
}

describe('sourcesPageView', () => {
  test('numbers the sources as the explainer does, and links back to it', () => {
    const { seed, explainer } = storyPage();
    const view = sourcesPageView(seed, explainer);
    expect(view.citations).toEqual(explainerView(seed, explainer).citations);
    expect(view.explainerPath).toBe(`/${STORY}/`);
    expect(view.title).toBe('Sources: What the article gets wrong');
    expect(view.description).toMatch(/^The 2 sources of the explainer “What the article gets wrong”, numbered/);
  });

  test('is where every citation of the explainer leads', () => {
    const { seed, explainer } = storyPage();
    const view = explainerView(seed, explainer);
    expect(view.sourcesPage).toBe(`/${STORY}/sources/`);
    for (const citation of view.citations.values()) {
      expect(citation.href).toBe(`${view.sourcesPage}#${sourceAnchor(citation.number)}`);
    }
  });
});

describe('citations', () => {
  test('gives each numbered source its label, publisher and entry, and leaves out the others', () => {
    const sources = [
      { id: 'a', data: { publisher: 'Anthropic', published: '2025-09-02' } },
      { id: 'b', data: { publisher: 'OfficeChai', published: null } },
      { id: 'c', data: { publisher: 'Uncited', published: null } },
    ];
    expect(
      citations(
        sources,
        new Map([
          ['b', 1],
          ['a', 2],
        ]),
        '/story/sources/',
      ),
    ).toEqual(
      new Map([
        [
          'a',
          {
            number: 2,
            label: 'Source 2: Anthropic, 2 Sept 2025',
            publisher: 'Anthropic',
            href: '/story/sources/#source-2',
          },
        ],
        [
          'b',
          {
            number: 1,
            label: 'Source 1: OfficeChai, date not shown',
            publisher: 'OfficeChai',
            href: '/story/sources/#source-1',
          },
        ],
      ]),
    );
  });
});

describe('claimAnchor', () => {
  test('is the number the claim’s file name starts with, so links stay short and survive a new slug', () => {
    expect(claimAnchor('story/08-annualized-revenue-500-billion')).toBe('claim-08');
  });

  test('is the whole name when the name has no number', () => {
    expect(claimAnchor('story/revenue')).toBe('claim-revenue');
  });
});
