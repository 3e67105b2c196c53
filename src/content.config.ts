import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { seedLoader } from './loaders/seed-loader';
import { articleSchema } from './schemas/article';
import { seedSchema } from './schemas/seed';
import { claimSchema } from './schemas/claim';
import { companySchema } from './schemas/company';
import { personSchema } from './schemas/person';
import { sourceSchema } from './schemas/source';
import { timelineEventSchema } from './schemas/timeline-event';

// SEEDS_DIR lets tests and benchmarks build the site from another folder of seeds.
const seeds = defineCollection({
  loader: seedLoader({ folder: process.env['SEEDS_DIR'] ?? 'seeds' }),
  schema: seedSchema,
});

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/articles' }),
  schema: articleSchema,
});

const companies = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/companies' }),
  schema: companySchema,
});

const people = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/people' }),
  schema: personSchema,
});

const timeline = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/timeline' }),
  schema: timelineEventSchema,
});

const claims = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/claims' }),
  schema: claimSchema,
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: sourceSchema,
});

export const collections = { seeds, articles, companies, people, timeline, claims, sources };
