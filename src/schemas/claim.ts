import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { verdictIds } from './verdict';
import { figureFields } from './company';

/** One factual claim of a seed article, checked (`content/claims/<article>/<nn>-<slug>.md`); the body explains the conclusion. */
export const claimSchema = z.object({
  /** The article (id of content/articles/<id>.md) the claim is from. */
  article: reference('articles'),
  /** An exact span of the seed's text: copy it character for character. */
  quote: z.string().min(1),
  /** supported, partly, wrong, unverifiable or opinion. */
  verdict: z.enum(verdictIds, { error: 'must be one of supported, partly, wrong, unverifiable, opinion' }),
  /** The conclusion in one sentence, shown beside the claim. */
  conclusion: z.string().min(1),
  /** Ties the claim to a cell of the comparison table, whose number is compared with the quote's. */
  figure: z
    .object({
      /** A company id from content/companies. */
      company: reference('companies'),
      /** valuation, revenueRunRate, consumerReach or stakeInAnthropic. */
      field: z.enum(figureFields),
    })
    .optional(),
  /** Source ids; an opinion may have none. */
  sources: z.array(reference('sources')).default([]),
});

export type Claim = z.infer<typeof claimSchema>;
