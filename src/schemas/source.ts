import { z } from 'astro/zod';
import { entrySchema } from './errors';
import { webUrlSchema } from './web-url';
import { partialDateSchema } from './when';

/** One entry of the bibliography (`content/sources.yaml`); everything cites sources by `id`. */
export const sourceSchema = entrySchema({
  /** Short stable id, e.g. "acme-series-b"; used in every `sources:` list. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "india-today-2025-09-25"'),
  /**
   * The page's own title, as a copy of the page showed it; null when no copy
   * showed it. Never rebuild a title from the address: with null, the page
   * names the publisher and the site instead.
   */
  title: z.string().min(1, "give the page's own title, or null when no copy of the page showed it").nullable(),
  /** Who published it, e.g. "India Today". */
  publisher: z.string().min(1),
  /** Its address. */
  url: webUrlSchema('the full address of the source'),
  /** When it was published; null when the page does not say. */
  published: partialDateSchema.nullable(),
  /** How the publication date is known, e.g. "from the URL"; or why it is missing. */
  publishedNote: z.string().optional(),
  /** When it was read; null when it was read from an archived copy whose date was not recorded. */
  accessed: partialDateSchema.nullable(),
  /**
   * How the page was read: live (give \`accessed\`), archived-copy (from an
   * archived copy of this address), or not-retrieved (no copy was read; what
   * it says comes from pages that quote it, which its note names).
   */
  read: z.enum(['live', 'archived-copy', 'not-retrieved'], { error: 'must be live, archived-copy or not-retrieved' }),
  /** An archived copy's address, when one is known. */
  archiveUrl: webUrlSchema('the full address of the archived copy').optional(),
  /** Caveats a reader should know, e.g. "stored copy is cut off in the Grok section". */
  note: z.string().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
