import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { webUrlSchema } from './web-url';
import { whenSchema } from './when';

/** The editorial sidecar of one seed (`content/articles/<slug>.md`); the body is a short explainer intro. */
export const articleSchema = z.object({
  /** The seed this sidecar is about: its file name in `seeds/` without `.txt`. */
  seed: reference('seeds'),
  /** Our headline for the explainer. */
  headline: z.string().min(1).optional(),
  /** Who first published the article, e.g. "OfficeChai". */
  publisher: z.string({ error: 'add "publisher": who first published the article' }).min(1),
  /** The address of the original article. */
  url: webUrlSchema('the full address of the original article'),
  /** When the original was published; use a precision such as on-or-after when the date is not published. */
  published: whenSchema.optional(),
  /** Exactly three short bullets: what the reader should take away. */
  summary: z.array(z.string().min(1)).length(3, 'write exactly three summary bullets').optional(),
  /** The company the article is about, marked in the comparison table: an id from content/companies. */
  subject: reference('companies').optional(),
  /** The companies of the comparison table, in row order: ids from content/companies. */
  companies: z.array(reference('companies')).default([]),
});

export type ArticleData = z.infer<typeof articleSchema>;
