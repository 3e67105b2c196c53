import { z } from 'astro/zod';

/** A quoted span “…” of a seed paragraph. */
export const seedQuoteSchema = z.object({
  /** Index of the paragraph that holds the quote (0-based). */
  paragraph: z.number().int().nonnegative(),
  /** The words inside the quote marks, exactly as in the seed. */
  text: z.string(),
  /** Offset of the opening mark in the paragraph. */
  start: z.number().int().nonnegative(),
  /** Offset just past the closing mark in the paragraph. */
  end: z.number().int().nonnegative(),
});

/** A money amount written in a seed paragraph. */
export const seedFigureSchema = z.object({
  /** Index of the paragraph that holds the amount (0-based). */
  paragraph: z.number().int().nonnegative(),
  /** The amount as written, e.g. "$183 billion". */
  text: z.string(),
  /** The amount in US dollars, e.g. 183000000000. */
  value: z.number().nonnegative(),
  /** Offset of the "$" in the paragraph. */
  start: z.number().int().nonnegative(),
  /** Offset just past the amount in the paragraph. */
  end: z.number().int().nonnegative(),
});

/** One seed: a news article kept verbatim as plain text in `seeds/`. */
export const seedSchema = z.object({
  /** The first line of the file. */
  title: z.string().min(1),
  /** The page's address segment, made from the title. */
  slug: z.string().min(1),
  /** The body paragraphs, verbatim after the documented normalisation. */
  paragraphs: z.array(z.string().min(1)).min(1),
  /** From the footer line `Posted in <Category>`; null when the file has none. */
  category: z.string().nullable(),
  /** The quoted spans “…”, in order. */
  quotes: z.array(seedQuoteSchema),
  /** The money amounts, in order. */
  figures: z.array(seedFigureSchema),
  /** Path of the seed file, relative to the project root. */
  file: z.string(),
});

export type Seed = z.infer<typeof seedSchema>;
