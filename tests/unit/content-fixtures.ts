/**
 * A small story for tests of the model: every entry parsed by its
 * collection's real schema, and the seed by the real seed parser, so the
 * data has the shape the content layer gives the site (references as
 * `{ collection, id }`, defaults filled in) without a cast.
 */
import type { z } from 'astro/zod';
import type { Collections } from '../../src/lib/explainer/build-article-pages';
import { parseSeed } from '../../src/lib/seed/seed';
import { claimSchema } from '../../src/schemas/claim';
import { companySchema } from '../../src/schemas/company';
import type { FigureMeasure } from '../../src/schemas/figure';
import { personSchema } from '../../src/schemas/person';
import { seedSchema } from '../../src/schemas/seed';
import { sourceSchema } from '../../src/schemas/source';
import { storySchema } from '../../src/schemas/story';
import { timelineEventSchema } from '../../src/schemas/timeline-event';

/** An entry whose data went through `schema`, with the file a glob loader would record. */
function entry<Schema extends z.ZodType>(
  schema: Schema,
  filePath: string,
  id: string,
  data: z.input<Schema>,
  body = '',
) {
  return { id, data: schema.parse(data), body, filePath };
}

/** A seed entry from the text of a seed file, as the seed loader makes it. */
export function seed(id: string, text: string) {
  const file = `seeds/${id}.txt`;
  return { id, data: seedSchema.parse({ ...parseSeed(text, file), file }), filePath: file };
}

/** A story's sidecar, content/stories/<id>/story.md. */
export const storyEntry = (id: string, data: z.input<typeof storySchema>, body = '') =>
  entry(storySchema, `content/stories/${id}/story.md`, id, data, body);

/** A claim, id "<story>/<file name>", in its story's claims/ folder. */
export const claim = (id: string, data: z.input<typeof claimSchema>, body = '') => {
  const [story, file] = id.split('/');
  return entry(claimSchema, `content/stories/${story}/claims/${file}.md`, id, data, body);
};

/** A timeline event of `story`, in its timeline/ folder. */
export const event = (id: string, data: z.input<typeof timelineEventSchema>, body = '', story = STORY) =>
  entry(timelineEventSchema, `content/stories/${story}/timeline/${id}.md`, id, data, body);

export const person = (id: string, data: z.input<typeof personSchema>) =>
  entry(personSchema, `content/people/${id}.md`, id, data);

/** A company whose valuation and revenue are given; every other column is a plain fact, and it has the stakes given. */
export function company(
  id: string,
  name: string,
  figures: { valuation: number; revenue: number; stakes?: Record<string, number> },
) {
  const reported = (value: number, basis: string, measure: FigureMeasure) => ({
    status: 'reported' as const,
    value,
    unit: 'USD' as const,
    measure,
    basis,
    asOf: '2025-08',
    sources: ['release'],
    confidence: 'high' as const,
  });
  const fact = (text: string) => ({ text, asOf: '2025-09', sources: ['release'], confidence: 'high' as const });
  const stake = (value: number) => ({
    ...reported(value, 'share of the company', 'ownership-share'),
    unit: 'percent' as const,
  });
  return entry(companySchema, `content/companies/${id}.md`, id, {
    name,
    role: `${name}, in the story`,
    valuation: reported(figures.valuation, 'post-money', 'private-valuation'),
    revenueRunRate: reported(figures.revenue, 'run-rate', 'revenue-run-rate'),
    ownsDataCentres: { ...fact('No'), value: false },
    computePartners: fact('A cloud'),
    products: fact('A chatbot'),
    consumerReach: { status: 'not-disclosed', reason: 'not published' },
    stakes: Object.fromEntries(Object.entries(figures.stakes ?? {}).map(([owned, value]) => [owned, stake(value)])),
  });
}

/** A bibliography entry as the file() loader gives it: the id is part of the data. */
export function source(id: string, publisher = 'Newswire') {
  return {
    id,
    data: sourceSchema.parse({
      id,
      title: `About ${id}`,
      publisher,
      url: `https://example.org/${id}`,
      published: '2025-09-01',
      accessed: null,
      read: 'archived-copy',
    }),
  };
}

/** The article of the story, verbatim: one quotation and two amounts. */
export const STORY_TEXT = `Rival says Acme can never win

Acme is worth $183 billion and earns $500 billion a year.

Rival’s chief said “Acme is going to lose” on the day.

Posted in AI
`;

/** The story's id: its folder's name. */
export const STORY = 'rival-says-acme-can-never-win';

/** The story's sidecar as an editor writes it, to change a field of. */
export function storySidecar(): z.input<typeof storySchema> {
  return {
    seed: 'story',
    headline: 'What the article gets wrong',
    publisher: 'The Daily',
    url: 'https://example.org/the-daily/acme',
    published: { date: '2025-09-23', precision: 'on-or-after', basis: 'date of the reply' },
    summary: ['Acme is worth $183 billion.', 'Its revenue is $5 billion, not $500 billion.', 'Rival said so.'],
    subject: 'acme',
    companies: ['rival', 'acme'],
    asOf: 'late 2031',
    methodNotes: { exchange: ['Rival’s post was read on the day.'] },
  };
}

/** The story's collections: one explainer (seed "story") and one seed no story tells ("plain"). */
export function story() {
  return {
    seeds: [seed('story', STORY_TEXT), seed('plain', 'Another story without a sidecar\n\nIt has one paragraph.\n')],
    stories: [storyEntry(STORY, storySidecar(), 'Why this story matters.')],
    companies: [
      company('acme', 'Acme', { valuation: 183e9, revenue: 5e9 }),
      company('rival', 'Rival', { valuation: 200e9, revenue: 1e9, stakes: { acme: 10 } }),
      company('bystander', 'Bystander', { valuation: 1e9, revenue: 1e8 }),
    ],
    people: [
      person('rival-chief', {
        name: 'Rival Chief',
        handle: '@rivalchief',
        role: 'CEO of Rival',
        sources: ['news'],
      }),
    ],
    timeline: [
      event(
        '2025-09-23-rival-says-acme-will-lose',
        {
          title: 'Rival’s chief says Acme will lose',
          at: { date: '2025-09-23' },
          lane: 'exchange',
          kind: 'post',
          actor: 'rival-chief',
          quote: { text: 'Acme is going to lose', wording: 'original' },
          sources: ['news'],
          confidence: 'high',
        },
        'The post that started it.',
      ),
      event('2025-09-02-acme-raises', {
        title: 'Acme raises money at $183 billion',
        at: { date: '2025-09-02' },
        lane: 'context',
        kind: 'report',
        sources: ['release'],
        confidence: 'high',
      }),
    ],
    claims: [
      claim(
        `${STORY}/02-earns`,
        {
          quote: 'earns $500 billion a year',
          verdict: 'wrong',
          conclusion: 'Acme earns about a hundredth of that.',
          figure: { company: 'acme', field: 'revenueRunRate' },
          sources: ['release'],
        },
        'Acme’s run-rate is over $5 billion.',
      ),
      claim(`${STORY}/01-worth`, {
        quote: 'Acme is worth $183 billion',
        verdict: 'supported',
        conclusion: 'So it is.',
        figure: { company: 'acme', field: 'valuation' },
        sources: ['release'],
      }),
    ],
    sources: [source('release', 'Acme'), source('unused'), source('news', 'Newswire')],
  } satisfies Collections;
}

/** The second story's id, and its article: invented companies, one quotation, one amount. */
export const OTHER_STORY = 'initech-says-globex-is-behind';
export const OTHER_TEXT = `Initech says Globex is behind

Globex is worth $2 billion, an Initech chief said: “Globex is behind”.
`;

/**
 * The story's collections with a second story beside it: its own seed,
 * companies, person, event, claim and source, nothing shared with the first.
 */
export function twoStories() {
  const collections = story();
  collections.seeds.push(seed('other', OTHER_TEXT));
  collections.stories.push(
    storyEntry(OTHER_STORY, {
      seed: 'other',
      publisher: 'The Other Daily',
      url: 'https://example.org/the-other-daily/globex',
      subject: 'globex',
      companies: ['globex', 'initech'],
      asOf: 'mid-2032',
    }),
  );
  collections.companies.push(
    company('globex', 'Globex', { valuation: 2e9, revenue: 1e8 }),
    company('initech', 'Initech', { valuation: 5e9, revenue: 2e8, stakes: { globex: 3 } }),
  );
  collections.people.push(
    person('initech-chief', { name: 'Initech Chief', handle: null, role: 'CEO of Initech', sources: ['other-news'] }),
  );
  collections.timeline.push(
    event(
      '2032-05-01-initech-says-globex-is-behind',
      {
        title: 'Initech’s chief says Globex is behind',
        at: { date: '2032-05-01' },
        lane: 'exchange',
        kind: 'post',
        actor: 'initech-chief',
        quote: { text: 'Globex is behind', wording: 'original' },
        sources: ['other-news'],
        confidence: 'high',
      },
      '',
      OTHER_STORY,
    ),
  );
  collections.claims.push(
    claim(`${OTHER_STORY}/01-worth`, {
      quote: 'Globex is worth $2 billion',
      verdict: 'unchecked',
      conclusion: 'Not checked yet.',
    }),
  );
  collections.sources.push(source('other-news', 'Other Wire'));
  return collections;
}
