import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { entrySchema } from './errors';
import { qualifierIds, verdictIds } from './verdict';
import { figureFields } from './company';

/**
 * One factual claim of a story's article (`content/stories/<story>/claims/<nn>-<slug>.md`,
 * id "<story>/<nn>-<slug>"): the folder says which story. The body explains the conclusion.
 */
export const claimSchema = entrySchema({
  /** An exact span of the seed's text: copy it character for character. */
  quote: z.string().min(1),
  /** When the quote's words stand in more than one place: which one, counted from 1 in reading order. */
  occurrence: z.int().min(1, 'must be 1 or more: which place of the quote, counted in reading order').optional(),
  /** supported, partly, wrong, unverifiable, opinion, or unchecked until someone has checked it. */
  verdict: z.enum(verdictIds, { error: `must be one of ${verdictIds.join(', ')}` }),
  /** company-figure when the verdict rests on the company's own figures: shown as "Supported · company figure". */
  qualifier: z
    .enum(qualifierIds, {
      error: `must be ${qualifierIds.join(', ')} (the verdict rests on the company's own figures), or leave "qualifier" out`,
    })
    .optional(),
  /** The conclusion in one sentence, shown beside the claim. */
  conclusion: z.string().min(1),
  /** Ties the claim to a cell of the comparison table, whose number is compared with the quote's. */
  figure: z
    .strictObject({
      /** A company id from content/companies. */
      company: reference('companies'),
      /** valuation, revenueRunRate, consumerReach or stake (the company's stake in the story's subject). */
      field: z.enum(figureFields, { error: `must be one of ${figureFields.join(', ')}` }),
    })
    .optional(),
  /** Source ids; an opinion may have none. */
  sources: z.array(reference('sources')).default([]),
}).refine((claim) => claim.qualifier === undefined || claim.verdict !== 'unchecked', {
  path: ['qualifier'],
  message: 'qualifies a verdict, and a claim not yet checked has none: set "verdict" first, or remove "qualifier"',
});

export type Claim = z.infer<typeof claimSchema>;
