/**
 * A small story for tests of the model: every entry parsed by its
 * collection's real schema, and the seed by the real seed parser, so the
 * data has the shape the content layer gives the site (references as
 * `{ collection, id }`, defaults filled in) without a cast.
 */
import type { z } from 'astro/zod';
import type { Collections } from '../../src/lib/explainer/build-article-pages';
import { parseSeed } from '../../src/lib/seed/seed';
import { articleSchema } from '../../src/schemas/article';
import { claimSchema } from '../../src/schemas/claim';
import { companySchema } from '../../src/schemas/company';
import { personSchema } from '../../src/schemas/person';
import { seedSchema } from '../../src/schemas/seed';
import { sourceSchema } from '../../src/schemas/source';
import { timelineEventSchema } from '../../src/schemas/timeline-event';

/** An entry whose data went through `schema`, with the file a glob loader would record. */
function entry<Schema extends z.ZodType>(schema: Schema, folder: string, id: string, data: z.input<Schema>, body = '') {
  return { id, data: schema.parse(data), body, filePath: `${folder}${id}.md` };
}

/** A seed entry from the text of a seed file, as the seed loader makes it. */
export function seed(id: string, text: string) {
  const file = `seeds/${id}.txt`;
  return { id, data: seedSchema.parse({ ...parseSeed(text, file), file }), filePath: file };
}

export const article = (id: string, data: z.input<typeof articleSchema>, body = '') =>
  entry(articleSchema, 'content/articles/', id, data, body);

export const claim = (id: string, data: z.input<typeof claimSchema>, body = '') =>
  entry(claimSchema, 'content/claims/', id, data, body);

export const event = (id: string, data: z.input<typeof timelineEventSchema>, body = '') =>
  entry(timelineEventSchema, 'content/timeline/', id, data, body);

export const person = (id: string, data: z.input<typeof personSchema>) =>
  entry(personSchema, 'content/people/', id, data);

/** A company whose valuation and revenue are given; every other column is a plain fact. */
export function company(id: string, name: string, figures: { valuation: number; revenue: number }) {
  const reported = (value: number, basis: string) => ({
    status: 'reported' as const,
    value,
    unit: 'USD' as const,
    basis,
    asOf: '2025-08',
    sources: ['release'],
    confidence: 'high' as const,
  });
  const fact = (text: string) => ({ text, asOf: '2025-09', sources: ['release'], confidence: 'high' as const });
  return entry(companySchema, 'content/companies/', id, {
    name,
    role: `${name}, in the story`,
    valuation: reported(figures.valuation, 'post-money'),
    revenueRunRate: reported(figures.revenue, 'run-rate'),
    ownsDataCentres: { ...fact('No'), value: false },
    computePartners: fact('A cloud'),
    products: fact('A chatbot'),
    consumerReach: { status: 'not-disclosed', reason: 'not published' },
    stakeInAnthropic: { status: 'not-applicable', reason: 'no stake' },
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
    }),
  };
}

/** The article of the story, verbatim: one quotation and two amounts. */
export const STORY_TEXT = `Rival says Acme can never win

Acme is worth $183 billion and earns $500 billion a year.

Rival’s chief said “Acme is going to lose” on the day.

Posted in AI
`;

/** The article's id: its sidecar's file name. */
export const ARTICLE = 'rival-says-acme-can-never-win';

/** The story's sidecar as an editor writes it, to change a field of. */
export function storySidecar(): z.input<typeof articleSchema> {
  return {
    seed: 'story',
    headline: 'What the article gets wrong',
    publisher: 'The Daily',
    url: 'https://example.org/the-daily/acme',
    published: { date: '2025-09-23', precision: 'on-or-after', basis: 'date of the reply' },
    summary: ['Acme is worth $183 billion.', 'Its revenue is $5 billion, not $500 billion.', 'Rival said so.'],
    subject: 'acme',
    companies: ['rival', 'acme'],
  };
}

/** The story's collections: one explainer (seed "story") and one seed without a sidecar ("plain"). */
export function story() {
  return {
    seeds: [seed('story', STORY_TEXT), seed('plain', 'Another story without a sidecar\n\nIt has one paragraph.\n')],
    articles: [article(ARTICLE, storySidecar(), 'Why this story matters.')],
    companies: [
      company('acme', 'Acme', { valuation: 183e9, revenue: 5e9 }),
      company('rival', 'Rival', { valuation: 200e9, revenue: 1e9 }),
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
        `${ARTICLE}/02-earns`,
        {
          article: ARTICLE,
          quote: 'earns $500 billion a year',
          verdict: 'wrong',
          conclusion: 'Acme earns about a hundredth of that.',
          figure: { company: 'acme', field: 'revenueRunRate' },
          sources: ['release'],
        },
        'Acme’s run-rate is over $5 billion.',
      ),
      claim(`${ARTICLE}/01-worth`, {
        article: ARTICLE,
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
