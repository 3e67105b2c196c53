import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { collectionLocations as at } from './lib/explainer/collection-locations';
import { seedLoader } from './loaders/seed-loader';
import { articleSchema } from './schemas/article';
import { claimSchema } from './schemas/claim';
import { companySchema } from './schemas/company';
import { personSchema } from './schemas/person';
import { seedSchema } from './schemas/seed';
import { sourceSchema } from './schemas/source';
import { timelineEventSchema } from './schemas/timeline-event';

/** A collection of markdown files in `folder` (relative to the project). */
const markdownIn = <Schema extends z.ZodType>(folder: string, schema: Schema, pattern = '*.md') =>
  defineCollection({ loader: glob({ pattern, base: `./${folder}` }), schema });

// SEEDS_DIR lets tests and benchmarks build the site from another folder of seeds.
const seeds = defineCollection({
  loader: seedLoader({ folder: process.env['SEEDS_DIR'] ?? at.seeds }),
  schema: seedSchema,
});

const sources = defineCollection({
  loader: file(`./${at.sources}`),
  schema: sourceSchema,
});

export const collections = {
  seeds,
  sources,
  articles: markdownIn(at.articles, articleSchema),
  companies: markdownIn(at.companies, companySchema),
  people: markdownIn(at.people, personSchema),
  timeline: markdownIn(at.timeline, timelineEventSchema),
  claims: markdownIn(at.claims, claimSchema, '**/*.md'),
};
