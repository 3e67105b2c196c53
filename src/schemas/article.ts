import { reference } from 'astro:content';
import { z } from 'astro/zod';

/** The editorial sidecar of one seed: where the article first appeared. */
export const articleSchema = z.object({
  /** The seed this sidecar is about: its file name in `seeds/` without `.txt`. */
  seed: reference('seeds'),
  /** Who first published the article, e.g. "OfficeChai". */
  publisher: z.string({ error: 'add "publisher": who first published the article' }).min(1),
  /** The address of the original article. */
  url: z.url({ error: '"url" must be the full address of the original article, starting with https://' }),
});

export type ArticleData = z.infer<typeof articleSchema>;
