import { describe, expect, test } from 'vitest';
import { buildArticlePages } from '../../src/lib/explainer/build-article-pages';
import { STORY, storyEntry, claim, event, seed, story, storySidecar } from './content-fixtures';

/** The story's one explainer, which must build without a problem. */
function explainerOf(collections: ReturnType<typeof story>) {
  const { pages, problems } = buildArticlePages(collections);
  expect(problems).toEqual([]);
  const explainer = pages[0]?.explainer;
  if (!explainer) throw new Error('the story built no explainer');
  return explainer;
}

describe('buildArticlePages', () => {
  test('lists the seeds with a sidecar first, then the others', () => {
    const { pages } = buildArticlePages(story());
    expect(pages.map((page) => [page.seed.id, page.explainer !== undefined])).toEqual([
      ['story', true],
      ['plain', false],
    ]);
  });

  test('orders seeds of the same kind by title, not by the order they were loaded in', () => {
    const collections = story();
    collections.seeds.push(seed('earlier', 'A story that sorts first\n\nText.\n'));
    expect(buildArticlePages(collections).pages.map((page) => page.seed.id)).toEqual(['story', 'earlier', 'plain']);
  });

  test('gives the table the sidecar’s companies in the sidecar’s order', () => {
    expect(explainerOf(story()).companies.map((company) => company.id)).toEqual(['rival', 'acme']);
  });

  test('puts the timeline in time order', () => {
    expect(explainerOf(story()).events.map((event) => event.id)).toEqual([
      '2025-09-02-acme-raises',
      '2025-09-23-rival-says-acme-will-lose',
    ]);
  });

  test('cites only the sources something on the page refers to, in bibliography order', () => {
    expect(explainerOf(story()).sources.map((source) => source.id)).toEqual(['release', 'news']);
  });

  test('numbers the claims in file order, each with its place in the seed', () => {
    const { claims } = explainerOf(story());
    expect(claims.map(({ entry, number, span }) => [entry.id, number, span])).toEqual([
      [`${STORY}/01-worth`, 1, { paragraph: 0, start: 0, end: 26 }],
      [`${STORY}/02-earns`, 2, { paragraph: 0, start: 31, end: 56 }],
    ]);
  });

  test('compares a claim tied to a table cell with the cell', () => {
    const earns = explainerOf(story()).claims[1];
    expect(earns?.comparison).toMatchObject({ articleText: '$500 billion', sourcedText: '$5 billion', differs: true });
  });

  test('links each quotation of the seed to the event that holds its words', () => {
    expect(explainerOf(story()).quoteMatches).toEqual([
      { quote: 'Acme is going to lose', eventId: '2025-09-23-rival-says-acme-will-lose' },
    ]);
  });

  test('a quotation no event holds is a warning, and the page is still built', () => {
    const collections = story();
    const { pages, problems, warnings } = buildArticlePages({
      ...collections,
      timeline: collections.timeline.filter((event) => event.data.quote === undefined),
    });
    expect(problems).toEqual([]);
    expect(pages).toHaveLength(2);
    expect(warnings).toContain(
      'seeds/story.txt: the quotation “Acme is going to lose” matches no timeline event, so it is not linked.',
    );
  });

  test('a company or person no story uses is a warning naming the file and how to use it', () => {
    const collections = story();
    const { problems, warnings } = buildArticlePages({
      ...collections,
      timeline: collections.timeline.filter((event) => event.data.actor === undefined),
    });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      'content/companies/bystander.md: no story uses it, so it is not published. Add "bystander" to the "companies" of a story (content/stories/<story>/story.md), or delete the file.',
      'content/people/rival-chief.md: no story uses it, so it is not published. Name "rival-chief" as the "actor" of an event in a story\'s timeline (content/stories/<story>/timeline/), or delete the file.',
      'seeds/story.txt: the quotation “Acme is going to lose” matches no timeline event, so it is not linked.',
    ]);
  });

  test('a company without a column its story shows is a problem naming the missing field', () => {
    const collections = story();
    const acme = collections.companies[0]!;
    const { revenueRunRate, ...withoutRevenue } = acme.data;
    expect(revenueRunRate).toBeDefined();
    collections.companies[0] = { ...acme, data: withoutRevenue };
    expect(buildArticlePages(collections).problems.join('\n')).toContain(
      `\n- content/companies/acme.md: missing field \`revenueRunRate\`, which the table of content/stories/${STORY}/story.md shows.`,
    );
  });

  test('a company listed twice in a story is a problem naming both places', () => {
    const collections = story();
    collections.stories[0] = storyEntry(STORY, { ...storySidecar(), companies: ['rival', 'acme', 'rival'] });
    expect(buildArticlePages(collections).problems).toEqual([
      `A story's content does not fit together:
- content/stories/${STORY}/story.md: "companies" lists "rival" twice (items 1 and 3). List each one once.`,
    ]);
  });

  test('a reply chain that loops is a problem', () => {
    const collections = story();
    const [post, raise] = collections.timeline;
    collections.timeline[1] = event(raise!.id, { ...eventInput(raise!), inReplyTo: post!.id });
    collections.timeline[0] = event(post!.id, { ...eventInput(post!), inReplyTo: raise!.id });
    expect(buildArticlePages(collections).problems).toEqual([
      `A story's content does not fit together:
- content/stories/${STORY}/timeline/2025-09-02-acme-raises.md: "inReplyTo" goes round in a loop: 2025-09-02-acme-raises → 2025-09-23-rival-says-acme-will-lose → 2025-09-02-acme-raises. A reply answers an earlier event; change "inReplyTo" in one of content/stories/${STORY}/timeline/2025-09-02-acme-raises.md, content/stories/${STORY}/timeline/2025-09-23-rival-says-acme-will-lose.md so the chain ends at a first post.`,
    ]);
  });

  test('a reference to an entry that does not exist is a problem naming the file, the field and the nearest ids', () => {
    const collections = story();
    collections.stories[0] = storyEntry(STORY, { ...storySidecar(), companies: ['acme', 'acme-corp'] });
    const { pages, problems } = buildArticlePages(collections);
    expect(pages).toEqual([]);
    expect(problems).toEqual([
      `Content refers to entries that do not exist:
- content/stories/${STORY}/story.md: "companies[1]" refers to "acme-corp", but there is no such entry in content/companies/. Closest ids: acme, bystander, rival.`,
    ]);
  });

  test('a reference to an entry that does not exist is reported with the other problems, and none follows from it', () => {
    const collections = story();
    collections.stories[0] = storyEntry(STORY, { ...storySidecar(), subject: 'acme-corp', columns: ['stake'] });
    const [post] = collections.timeline;
    collections.timeline[0] = event(post!.id, { ...eventInput(post!), inReplyTo: 'no-such-event' });
    collections.claims[0] = claim(collections.claims[0]!.id, {
      ...claimInput(collections.claims[0]!),
      figure: { company: 'acme-corp', field: 'revenueRunRate' },
    });
    collections.claims.pop();
    expect(buildArticlePages(collections).problems).toEqual([
      `Content refers to entries that do not exist:
- content/stories/${STORY}/story.md: "subject" refers to "acme-corp", but there is no such entry in content/companies/. Closest ids: acme, bystander, rival.
- content/stories/${STORY}/timeline/2025-09-23-rival-says-acme-will-lose.md: "inReplyTo" refers to "no-such-event", but there is no such entry in content/stories/<story>/timeline/. Closest ids: 2025-09-02-acme-raises, 2025-09-23-rival-says-acme-will-lose.
- content/stories/${STORY}/claims/02-earns.md: "figure.company" refers to "acme-corp", but there is no such entry in content/companies/. Closest ids: acme, bystander, rival.`,
      `The article's claims do not check out:
- seeds/story.txt: these amounts are not covered by any claim in content/stories/${STORY}/claims/: "$183 billion" (paragraph 1). Add a claim whose "quote" includes each amount.`,
    ]);
  });

  test('an amount of the article no claim covers is a problem naming the article’s claims folder, and no page is built', () => {
    const collections = story();
    collections.claims.pop();
    const { pages, problems } = buildArticlePages(collections);
    expect(pages).toEqual([]);
    expect(problems).toEqual([
      `The article's claims do not check out:
- seeds/story.txt: these amounts are not covered by any claim in content/stories/${STORY}/claims/: "$183 billion" (paragraph 1). Add a claim whose "quote" includes each amount.`,
    ]);
  });

  test('reports the problems of every article at once, under one heading', () => {
    const collections = story();
    collections.claims.pop();
    collections.seeds.push(seed('second', 'A second story\n\nIt says $7 billion.\n'));
    collections.stories.push(storyEntry('second-story', { ...storySidecar(), seed: 'second' }));
    collections.claims.push(
      claim('second-story/01-seven', {
        quote: 'It says $8 billion',
        verdict: 'supported',
        conclusion: 'Right.',
      }),
    );
    expect(buildArticlePages(collections).problems).toEqual([
      `The article's claims do not check out:
- seeds/story.txt: these amounts are not covered by any claim in content/stories/${STORY}/claims/: "$183 billion" (paragraph 1). Add a claim whose "quote" includes each amount.
- content/stories/second-story/claims/01-seven.md: "quote" does not occur in seeds/second.txt: “It says $8 billion”. Copy the words exactly from the article (curly quotes, apostrophes and dashes included), within one paragraph.
- seeds/second.txt: these amounts are not covered by any claim in content/stories/second-story/claims/: "$7 billion" (paragraph 1). Add a claim whose "quote" includes each amount.`,
    ]);
  });
});

/** An event's data as a fixture writes it, to change one field: references back to ids. */
function eventInput(entry: ReturnType<typeof story>['timeline'][number]) {
  const { actor, inReplyTo, sources, quote, paraphrase, check, ...rest } = entry.data;
  return {
    ...rest,
    ...(actor && { actor: actor.id }),
    ...(inReplyTo && { inReplyTo: inReplyTo.id }),
    ...(quote && {
      quote: {
        text: quote.text,
        wording: quote.wording,
        ...(quote.reportedBy && { reportedBy: quote.reportedBy.id }),
        ...(quote.seenIn && { seenIn: quote.seenIn.id }),
      },
    }),
    ...(check && {
      check: {
        ...check,
        against: check.against.map((event) => event.id),
        sources: check.sources.map((source) => source.id),
      },
    }),
    ...(paraphrase && { paraphrase: { text: paraphrase.text, by: paraphrase.by.id } }),
    sources: sources.map((source) => source.id),
  };
}

/** A claim's data as a fixture writes it, to change one field: references back to ids. */
function claimInput(entry: ReturnType<typeof story>['claims'][number]) {
  const { figure, sources, ...rest } = entry.data;
  return {
    ...rest,
    ...(figure && { figure: { ...figure, company: figure.company.id } }),
    sources: sources.map((source) => source.id),
  };
}
