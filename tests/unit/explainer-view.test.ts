import { describe, expect, test } from 'vitest';
import { buildArticlePages } from '../../src/lib/explainer/build-article-pages';
import {
  checkingLine,
  companiesCaption,
  explainerSections,
  explainerTeaser,
  explainerView,
} from '../../src/lib/explainer/explainer-view';
import { event, STORY, storyEntry, story, storySidecar, twoStories } from './content-fixtures';

/** The view of the story's explainer page. */
function storyView(collections = story()) {
  const page = buildArticlePages(collections).pages[0];
  if (!page?.explainer) throw new Error('the story built no explainer');
  return explainerView(page.seed, page.explainer);
}

describe('explainerView', () => {
  test('numbers the cited sources from 1 in order of first citation: the exchange first', () => {
    expect(storyView().citations).toEqual(
      new Map([
        [
          'news',
          {
            number: 1,
            label: 'Source 1: Newswire, 1 Sept 2025',
            publisher: 'Newswire',
            href: `/${STORY}/sources/#source-1`,
          },
        ],
        [
          'release',
          { number: 2, label: 'Source 2: Acme, 1 Sept 2025', publisher: 'Acme', href: `/${STORY}/sources/#source-2` },
        ],
      ]),
    );
  });

  test('gives no number to a source the page does not cite', () => {
    expect(storyView().citations.has('unused')).toBe(false);
  });

  test('gives the byline the desk and the explainer’s dates, and no update on the day of publication', () => {
    const base = story();
    const entry = base.stories[0];
    if (!entry) throw new Error('no story');
    entry.data = { ...entry.data, explainerPublished: '2031-03-02', explainerUpdated: '2031-03-02' };
    expect(storyView(base).byline).toEqual({
      author: 'The Explainer desk',
      published: { datetime: '2031-03-02', label: '2 Mar 2031' },
      updated: undefined,
    });
  });

  test('names each cited source by its publisher, and links it to its entry on the list of sources', () => {
    const view = storyView();
    expect(view.citations.get('news')).toMatchObject({ publisher: 'Newswire', href: `${view.sourcesPage}#source-1` });
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
      symbol: '✓',
      checked: true,
      number: 1,
      id: 'claim-01-text',
      href: '#claim-01',
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

  test('says the story’s "as of", the caption with the count of companies, and its own method notes', () => {
    const view = storyView();
    expect([view.asOf, view.caption]).toEqual(['late 2031', 'The two companies in the article, as of late 2031']);
    expect(view.methodNotes).toEqual({ checking: '', exchange: 'Rival’s post was read on the day.', sources: '' });
  });
});

describe('checkingLine', () => {
  test('says the article was checked only when every claim was', () => {
    expect(checkingLine({ claimCount: 3, checkedCount: 3 }, 'May 2031')).toBe(
      'Checked against sourced data as of May 2031.',
    );
  });

  test('says how many claims are checked when some are not yet', () => {
    expect(checkingLine({ claimCount: 3, checkedCount: 1 }, 'May 2031')).toBe(
      '1 of 3 claims checked so far; data as of May 2031.',
    );
  });

  test('says no claim is checked when the story has none', () => {
    expect(checkingLine({ claimCount: 0, checkedCount: 0 }, 'May 2031')).toBe(
      'No claim of the article checked yet; data as of May 2031.',
    );
  });
});

describe('companiesCaption', () => {
  test('counts the companies in words, one company in the singular', () => {
    expect(companiesCaption(5, 'May 2031')).toBe('The five companies in the article, as of May 2031');
    expect(companiesCaption(1, 'May 2031')).toBe('The company in the article, as of May 2031');
    expect(companiesCaption(12, 'May 2031')).toBe('The 12 companies in the article, as of May 2031');
  });
});

describe('a story with a claim not yet checked', () => {
  const other = () => {
    const page = buildArticlePages(twoStories()).pages.find((each) => each.seed.id === 'other');
    if (!page?.explainer) throw new Error('the other story built no explainer');
    return { view: explainerView(page.seed, page.explainer), explainer: page.explainer };
  };

  test('marks the claim as not yet checked, and never as "checked"', () => {
    expect(other().view.claimMarks[0]).toMatchObject({
      verdict: 'unchecked',
      verdictLabel: 'Not yet checked',
      symbol: '○',
      checked: false,
    });
  });

  test('counts it among the claims but not among the checked ones', () => {
    expect(other().view.summary).toMatchObject({ claimCount: 1, checkedCount: 0 });
    expect(other().view.checkingLine).toBe('0 of 1 claims checked so far; data as of mid-2032.');
  });

  test('calls the article section “The article and its claims”, not “checked”', () => {
    expect(other().view.sections.find((section) => section.id === 'article')?.title).toBe('The article and its claims');
  });

  test('leads to the explainer with how many claims are checked', () => {
    expect(explainerTeaser(other().explainer)).toBe(
      'Read the explainer: the exchange, the companies and the article, 0 of 1 claims checked',
    );
  });
});

describe('explainerSections', () => {
  test('a story without events, companies or claims has no section for them', () => {
    const collections = story();
    collections.timeline.length = 0;
    collections.claims.length = 0;
    collections.stories[0] = storyEntry(STORY, { ...storySidecar(), companies: [], subject: undefined });
    collections.seeds[0] = { ...collections.seeds[0]!, data: { ...collections.seeds[0]!.data, figures: [] } };
    const page = buildArticlePages(collections).pages[0];
    if (!page?.explainer) throw new Error('the story built no explainer');
    expect(explainerSections(page.explainer).map((section) => section.id)).toEqual([
      'article',
      'how-we-checked',
      'sources',
      'data',
    ]);
    expect(explainerTeaser(page.explainer)).toBe('Read the explainer: the article, no claim checked yet');
  });

  const later = event('2025-11-12-acme-builds-data-centres', {
    title: 'Acme builds data centres of its own',
    at: { date: '2025-11-12' },
    lane: 'later',
    kind: 'report',
    sources: ['news'],
    confidence: 'high',
  });
  const sectionIds = (collections: ReturnType<typeof story>) => storyView(collections).sections.map(({ id }) => id);

  test('puts the reader layer first: the verdicts, the exchange, the companies, the article; then the evidence, the method, the sources and the data', () => {
    const collections = story();
    collections.timeline.push(later);
    expect(sectionIds(collections)).toEqual([
      'verdicts',
      'exchange',
      'companies',
      'article',
      'claims',
      'what-happened-next',
      'how-we-checked',
      'sources',
      'data',
    ]);
  });

  test('a story without events after the article has no “What happened next”', () => {
    expect(sectionIds(story())).not.toContain('what-happened-next');
  });

  test('a story whose only events came after the article has no section for the exchange', () => {
    const collections = story();
    collections.timeline.splice(0, collections.timeline.length, later);
    expect(sectionIds(collections)).not.toContain('exchange');
    expect(sectionIds(collections)).toContain('what-happened-next');
  });
});
