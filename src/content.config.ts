import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { collectionLocations as at, markdownFiles, type MarkdownFiles } from './lib/explainer/collection-locations';
import { errorLines } from './loaders/error-lines';
import { regularFilesOnly } from './loaders/regular-files';
import { seedLoader } from './loaders/seed-loader';
import { showProblemsInDev } from './loaders/show-problems-in-dev';
import { uniqueIds } from './loaders/unique-ids';
import { yamlListLoader } from './loaders/yaml-list-loader';
import { claimSchema } from './schemas/claim';
import { companySchema } from './schemas/company';
import { personSchema } from './schemas/person';
import { seedSchema } from './schemas/seed';
import { sourceSchema } from './schemas/source';
import { storySchema } from './schemas/story';
import { timelineEventSchema } from './schemas/timeline-event';

/**
 * A collection of the markdown files `files` names (collection-locations.ts):
 * two files with one id fail, a symbolic link anywhere in its folder fails,
 * and an error gives the line to fix.
 */
const markdownIn = <Schema extends z.ZodType>({ base, pattern, id }: MarkdownFiles, schema: Schema) =>
  defineCollection({
    loader: regularFilesOnly(errorLines(glob({ pattern, base: `./${base}`, generateId: uniqueIds(base, id) })), base),
    schema,
  });

// SEEDS_DIR lets tests and benchmarks build the site from another folder of seeds.
const seeds = defineCollection({
  loader: seedLoader({ folder: process.env['SEEDS_DIR'] ?? at.seeds }),
  schema: seedSchema,
});

const sources = defineCollection({
  loader: regularFilesOnly(yamlListLoader({ file: at.sources }), at.sources),
  schema: sourceSchema,
});

export const collections = showProblemsInDev({
  seeds,
  sources,
  stories: markdownIn(markdownFiles.stories, storySchema),
  companies: markdownIn(markdownFiles.companies, companySchema),
  people: markdownIn(markdownFiles.people, personSchema),
  timeline: markdownIn(markdownFiles.timeline, timelineEventSchema),
  claims: markdownIn(markdownFiles.claims, claimSchema),
});
