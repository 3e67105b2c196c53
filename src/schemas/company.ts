import { z } from 'astro/zod';
import { factSchema, figureSchema } from './figure';

/** A company of the comparison table (`content/companies/<id>.md`); the body is a short profile. */
export const companySchema = z.object({
  /** Display name, e.g. "Google (Alphabet)". */
  name: z.string().min(1),
  /** Its part in the story, one sentence. */
  role: z.string().min(1),
  /** Valuation: a funding round's post-money value, or the market capitalisation if listed. */
  valuation: figureSchema,
  /** Annualised revenue run-rate (or the nearest published revenue figure, said in `basis`). */
  revenueRunRate: figureSchema,
  /** Whether it owns data centres, with the detail. */
  ownsDataCentres: factSchema.extend({
    /** true if it owns data centres, false if it rents. */
    value: z.boolean({ error: 'must be true or false' }),
  }),
  /** Main compute and cloud partners. */
  computePartners: factSchema,
  /** Flagship products. */
  products: factSchema,
  /** Consumer reach: the largest published user count of its products. */
  consumerReach: figureSchema,
  /** Its stake in Anthropic. */
  stakeInAnthropic: figureSchema,
});

export type Company = z.infer<typeof companySchema>;

/** The company fields that hold numbers, which claims can be tied to. */
export const figureFields = ['valuation', 'revenueRunRate', 'consumerReach', 'stakeInAnthropic'] as const;
export type FigureField = (typeof figureFields)[number];
