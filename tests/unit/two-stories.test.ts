/**
 * Stories side by side: each explainer is built from what its own story
 * owns (its events and claims) and refers to (its companies, the people and
 * sources those name), never from another story's content.
 */
import { describe, expect, test } from 'vitest';
import { buildArticlePages } from '../../src/lib/explainer/build-article-pages';
import {
  claim,
  company,
  event,
  OTHER_STORY,
  story,
  STORY,
  storyEntry,
  storySidecar,
  twoStories,
} from './content-fixtures';

/** The explainers of `collections` by seed id; they must build without a problem. */
function explainers(collections = twoStories()) {
  const { pages, problems } = buildArticlePages(collections);
  expect(problems).toEqual([]);
  return new Map(pages.flatMap(({ seed, explainer }) => (explainer ? [[seed.id, explainer] as const] : [])));
}

describe('two stories side by side', () => {
  test('each story has its own events, in time order', () => {
    const built = explainers();
    expect(built.get('story')?.events.map((entry) => entry.id)).toEqual([
      '2025-09-02-acme-raises',
      '2025-09-23-rival-says-acme-will-lose',
    ]);
    expect(built.get('other')?.events.map((entry) => entry.id)).toEqual(['2032-05-01-initech-says-globex-is-behind']);
  });

  test('each story has the claims of its own claims/ folder', () => {
    const built = explainers();
    expect(built.get('story')?.claims.map((each) => each.entry.id)).toEqual([`${STORY}/01-worth`, `${STORY}/02-earns`]);
    expect(built.get('other')?.claims.map((each) => each.entry.id)).toEqual([`${OTHER_STORY}/01-worth`]);
  });

  test('each story shows the people its events and claims refer to, and no one else', () => {
    const built = explainers();
    expect([...(built.get('story')?.people.keys() ?? [])]).toEqual(['rival-chief']);
    expect([...(built.get('other')?.people.keys() ?? [])]).toEqual(['initech-chief']);
  });

  test('each story cites the sources its own content cites, in bibliography order', () => {
    const built = explainers();
    expect(built.get('story')?.sources.map((source) => source.id)).toEqual(['release', 'news']);
    // The invented companies of the other story cite the shared "release" in their cells.
    expect(built.get('other')?.sources.map((source) => source.id)).toEqual(['release', 'other-news']);
  });

  test('each story’s table has its companies, and a stake column named after its subject', () => {
    const built = explainers();
    expect(built.get('story')?.table.rows.map((row) => row.id)).toEqual(['rival', 'acme']);
    expect(built.get('other')?.table.rows.map((row) => row.id)).toEqual(['globex', 'initech']);
    expect(built.get('story')?.table.columns.at(-1)?.label).toBe('Stake in Acme (%)');
    expect(built.get('other')?.table.columns.at(-1)?.label).toBe('Stake in Globex (%)');
  });
});

describe('what does not fit a story', () => {
  test('a seed told by two stories is a problem naming both', () => {
    const collections = twoStories();
    collections.stories.push(storyEntry('again', storySidecar()));
    expect(buildArticlePages(collections).problems).toEqual([
      `A story's content does not fit together:
- content/stories/${STORY}/story.md and content/stories/again/story.md both tell the seed "story": a seed has one story. Merge them, or point one "seed" at another seed.`,
    ]);
  });

  test('two claims whose files start with one number are a problem naming both, since a claim is linked by its number', () => {
    const collections = story();
    collections.claims.push(
      claim(`${STORY}/02-again`, {
        quote: 'on the day',
        verdict: 'opinion',
        conclusion: 'A prediction.',
        sources: ['news'],
      }),
    );
    expect(buildArticlePages(collections).problems).toEqual([
      `A story's content does not fit together:
- content/stories/${STORY}/claims/02-earns.md and content/stories/${STORY}/claims/02-again.md start with the same number, and the page links a claim by its number (#claim-02). Give each claim file its own number.`,
    ]);
  });

  test('a column the table shows but a company does not give is a problem naming the company’s file', () => {
    const collections = story();
    const bare = company('bystander', 'Bystander', { valuation: 1, revenue: 1 });
    delete bare.data.products;
    collections.companies[2] = bare;
    collections.stories[0] = storyEntry(STORY, { ...storySidecar(), companies: ['rival', 'acme', 'bystander'] });
    expect(buildArticlePages(collections).problems).toEqual([
      `A story's content does not fit together:
- content/companies/bystander.md: missing field \`products\`, which the table of content/stories/${STORY}/story.md shows. Add it (with status: not-found and a reason when no source gives it), or list the story's "columns" without it.
- content/companies/bystander.md: missing field \`stakes.acme\`, which the table of content/stories/${STORY}/story.md shows. Add it (with status: not-found and a reason when no source gives it), or list the story's "columns" without it.`,
    ]);
  });

  test('a stake column in a story without a subject is a problem', () => {
    const collections = story();
    collections.stories[0] = storyEntry(STORY, {
      ...storySidecar(),
      subject: undefined,
      columns: ['valuation', 'stake'],
    });
    expect(buildArticlePages(collections).problems).toEqual([
      `A story's content does not fit together:
- content/stories/${STORY}/story.md: "columns" has "stake", but the story names no "subject" to show each company's stake in. Add "subject", or leave "stake" out.`,
    ]);
  });

  test('a stake in a company that does not exist is a dangling reference', () => {
    const collections = story();
    collections.companies[1] = company('rival', 'Rival', { valuation: 200e9, revenue: 1e9, stakes: { acmee: 10 } });
    expect(buildArticlePages(collections).problems[0]).toMatch(
      /^Content refers to entries that do not exist:\n- content\/companies\/rival\.md: "stakes\.acmee" names "acmee", but there is no such entry in content\/companies\/\./,
    );
  });

  test('a reply to an event of another story is a problem', () => {
    const collections = twoStories();
    const other = collections.timeline.pop()!;
    collections.timeline.push(
      event(
        other.id,
        {
          title: other.data.title,
          at: { date: other.data.at.date },
          lane: other.data.lane,
          kind: 'reply',
          inReplyTo: '2025-09-02-acme-raises',
          sources: ['other-news'],
          confidence: 'high',
        },
        '',
        OTHER_STORY,
      ),
    );
    expect(buildArticlePages(collections).problems).toEqual([
      `A story's content does not fit together:
- content/stories/${OTHER_STORY}/timeline/2032-05-01-initech-says-globex-is-behind.md: "inReplyTo" refers to "2025-09-02-acme-raises", an event of the story "${STORY}". A reply and the event it answers belong to the same story's timeline/.`,
    ]);
  });

  test('a check against an event of another story is a problem', () => {
    const collections = twoStories();
    const other = collections.timeline.pop()!;
    collections.timeline.push(
      event(
        other.id,
        {
          title: other.data.title,
          at: { date: other.data.at.date },
          lane: other.data.lane,
          kind: 'post',
          quote: { text: 'Globex is behind', wording: 'original' },
          check: {
            verdict: 'wrong',
            conclusion: 'It is not.',
            reasoning: 'Because.',
            against: ['2025-09-02-acme-raises'],
            sources: ['other-news'],
          },
          sources: ['other-news'],
          confidence: 'high',
        },
        '',
        OTHER_STORY,
      ),
    );
    expect(buildArticlePages(collections).problems).toEqual([
      `A story's content does not fit together:
- content/stories/${OTHER_STORY}/timeline/2032-05-01-initech-says-globex-is-behind.md: "check.against" refers to "2025-09-02-acme-raises", an event of the story "${STORY}". A check is checked against events of its own story's timeline/.`,
    ]);
  });

  test('a claim tied to a company that is not in the story’s table is a problem', () => {
    const collections = twoStories();
    collections.claims[collections.claims.length - 1] = claim(`${OTHER_STORY}/01-worth`, {
      quote: 'Globex is worth $2 billion',
      verdict: 'supported',
      conclusion: 'So it is.',
      figure: { company: 'acme', field: 'valuation' },
    });
    expect(buildArticlePages(collections).problems).toEqual([
      `The article's claims do not check out:
- content/stories/${OTHER_STORY}/claims/01-worth.md: "figure" ties the claim to a cell the table does not show: "acme" is not one of the companies of content/stories/${OTHER_STORY}/story.md. Fix "figure", or remove it.`,
    ]);
  });
});
