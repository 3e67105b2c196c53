import { z } from 'astro/zod';
import { entrySchema } from './errors';
import { factSchema, figureSchema } from './figure';

/** A company of the comparison table (`content/companies/<id>.md`); the body is a short profile. */
export const companySchema = entrySchema({
  /** Display name, e.g. "Google (Alphabet)". */
  name: z.string().min(1),
  /** Its part in the story, in a few words. */
  role: z.string().min(1),
  /** Valuation: a private round's post-money value, or, with `measure: market-cap`, the market capitalisation if listed. */
  valuation: figureSchema.optional(),
  /** The whole company's annualised revenue run-rate, or the nearest published revenue figure with its own `measure`. */
  revenueRunRate: figureSchema.optional(),
  /** Whether it owns data centres, with the detail. */
  ownsDataCentres: factSchema
    .extend({
      /** true if it owns its data centres, false if it rents, partly if it builds them with partners. */
      value: z.union([z.boolean(), z.literal('partly')], { error: 'must be true, false or partly' }),
    })
    .optional(),
  /** Main compute and cloud partners. */
  computePartners: factSchema.optional(),
  /** Flagship products. */
  products: factSchema.optional(),
  /** Consumer reach: weekly active users of its AI assistant, or the nearest user count with its own `measure`. */
  consumerReach: figureSchema.optional(),
  /** Its stakes in other companies, by their ids: the "stake in" column of a story reads its subject's. */
  stakes: z.record(z.string(), figureSchema).default({}),
});

export type Company = z.infer<typeof companySchema>;

/**
 * The columns a comparison table can have, in their default order. `stake`
 * is the row's stake in the story's subject, read from `stakes`.
 */
export const tableColumnIds = [
  'valuation',
  'revenueRunRate',
  'ownsDataCentres',
  'computePartners',
  'products',
  'consumerReach',
  'stake',
] as const;
export type TableColumnId = (typeof tableColumnIds)[number];

/** The columns that hold numbers, which claims can be tied to; `stake` is the stake in the story's subject. */
export const figureFields = ['valuation', 'revenueRunRate', 'consumerReach', 'stake'] as const;
export type FigureField = (typeof figureFields)[number];
