import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { tableColumnIds } from './company';
import { entrySchema } from './errors';
import { webUrlSchema } from './web-url';
import { whenSchema } from './when';

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD, e.g. "2031-03-02"' });

const sentences = z.array(z.string().min(1, 'write the note as a sentence')).default([]);

/**
 * One explainer (`content/stories/<story>/story.md`): the seed it explains and
 * everything true of this story only. Its events and claims live beside it, in
 * `timeline/` and `claims/`. The body is a short explainer intro.
 */
export const storySchema = entrySchema({
  /** The seed this story explains: its file name in `seeds/` without `.txt`. */
  seed: reference('seeds'),
  /** Our headline for the explainer. */
  headline: z.string().min(1).optional(),
  /** Who first published the article, e.g. "The Daily Example"; until it is recorded, the page says so. */
  publisher: z.string().min(1, 'say who first published the article, or leave "publisher" out').optional(),
  /** The address of the original article; until it is recorded, the page links to none. */
  url: webUrlSchema('the full address of the original article').optional(),
  /** When the original was published; use a precision such as on-or-after when the date is not published. */
  published: whenSchema.optional(),
  /** When this explainer was first published (YYYY-MM-DD): shown in its byline, JSON-LD and feed. */
  explainerPublished: isoDate.optional(),
  /** When this explainer last changed in substance (YYYY-MM-DD), if after it was first published. */
  explainerUpdated: isoDate.optional(),
  /** Corrections made to this explainer, oldest first: what was wrong and what it says now. */
  corrections: z
    .array(z.strictObject({ date: isoDate, text: z.string().min(1, 'say what was corrected') }))
    .default([]),
  /** Exactly three short bullets: what the reader should take away. */
  summary: z.array(z.string().min(1)).length(3, 'write exactly three summary bullets').optional(),
  /** One sentence above the thread: why the exchange matters to a reader. */
  whyItMatters: z.string().min(1).optional(),
  /** The claims the verdict card shows first, in its order: file names in the story's claims/ without `.md`, e.g. "08-annualized-revenue-500-billion". */
  keyClaims: z.array(z.string().min(1, 'name a claim: its file name in claims/ without ".md"')).default([]),
  /** The company the article is about, marked in the table and named by its "stake in" column: an id from content/companies. */
  subject: reference('companies').optional(),
  /** The companies of the comparison table, in row order: ids from content/companies. */
  companies: z.array(reference('companies')).default([]),
  /** The time the story's data speaks of, as readers see it after "as of", e.g. "early March 2031"; until then the page gives none. */
  asOf: z.string().min(1, 'say the time the data speaks of, e.g. "early March 2031"').optional(),
  /** The table's columns, in order; by default every column that holds data for the story's companies. */
  columns: z.array(z.enum(tableColumnIds, { error: `must be one of ${tableColumnIds.join(', ')}` })).optional(),
  /** How this story was checked, where it differs from any other: sentences, by where the page shows them. */
  methodNotes: z
    .strictObject({
      /** In "How we checked this", after the count of sources. */
      checking: sentences,
      /** Above the timeline. */
      exchange: sentences,
      /** Above the list of sources. */
      sources: sentences,
    })
    .default({ checking: [], exchange: [], sources: [] }),
}).refine(
  (story) => !story.explainerUpdated || !story.explainerPublished || story.explainerUpdated >= story.explainerPublished,
  { message: 'must not be before "explainerPublished"', path: ['explainerUpdated'] },
);

export type StoryData = z.infer<typeof storySchema>;
