import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { seedLoader } from './loaders/seed-loader';
import { articleSchema } from './schemas/article';
import { claimSchema } from './schemas/claim';
import { companySchema } from './schemas/company';
import { personSchema } from './schemas/person';
import { seedSchema } from './schemas/seed';
import { sourceSchema } from './schemas/source';
import { timelineEventSchema } from './schemas/timeline-event';

/** A collection of markdown files in content/<folder>/. */
const markdownIn = <Schema extends z.ZodType>(folder: string, schema: Schema, pattern = '*.md') =>
  defineCollection({ loader: glob({ pattern, base: `./content/${folder}` }), schema });

// SEEDS_DIR lets tests and benchmarks build the site from another folder of seeds.
const seeds = defineCollection({
  loader: seedLoader({ folder: process.env['SEEDS_DIR'] ?? 'seeds' }),
  schema: seedSchema,
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: sourceSchema,
});

export const collections = {
  seeds,
  sources,
  articles: markdownIn('articles', articleSchema),
  companies: markdownIn('companies', companySchema),
  people: markdownIn('people', personSchema),
  timeline: markdownIn('timeline', timelineEventSchema),
  claims: markdownIn('claims', claimSchema, '**/*.md'),
};
