import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { seedLoader } from './loaders/seed-loader';
import { articleSchema } from './schemas/article';

// SEEDS_DIR lets tests and benchmarks build the site from another folder of seeds.
const seeds = defineCollection({
  loader: seedLoader({ folder: process.env['SEEDS_DIR'] ?? 'seeds' }),
});

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/articles' }),
  schema: articleSchema,
});

export const collections = { seeds, articles };
