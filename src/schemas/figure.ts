import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { confidenceSchema } from './confidence';
import { partialDateSchema } from './when';

/** Units a figure can be in. */
export const figureUnits = ['USD', 'percent', 'users'] as const;
export type FigureUnit = (typeof figureUnits)[number];

/**
 * What a number measures, from a fixed list: two numbers can be compared,
 * or sorted in one column, only when they measure the same thing.
 */
export const figureMeasureIds = [
  'private-valuation',
  'market-cap',
  'revenue-run-rate',
  'segment-revenue-run-rate',
  'quarterly-revenue',
  'weekly-active-users',
  'monthly-active-users',
  'platform-users',
  'ownership-share',
] as const;
export type FigureMeasure = (typeof figureMeasureIds)[number];

/** Each measure's unit, and its name for readers where a number of another measure stands in a column. */
export const figureMeasures: Record<FigureMeasure, { unit: FigureUnit; name: string }> = {
  /** Post-money value set by a private funding round or share sale. */
  'private-valuation': { unit: 'USD', name: 'a valuation set by a private funding round or share sale' },
  /** Market capitalisation of a listed company. */
  'market-cap': { unit: 'USD', name: 'a market capitalisation' },
  /** The whole company's annualised revenue run-rate. */
  'revenue-run-rate': { unit: 'USD', name: 'a revenue run-rate of the whole company' },
  /** One business unit's annualised run-rate, e.g. Google Cloud's. */
  'segment-revenue-run-rate': { unit: 'USD', name: 'the revenue run-rate of one business unit' },
  /** One quarter's revenue. */
  'quarterly-revenue': { unit: 'USD', name: 'one quarter’s revenue (not a run-rate)' },
  'weekly-active-users': { unit: 'users', name: 'weekly active users' },
  'monthly-active-users': { unit: 'users', name: 'monthly active users' },
  /** Users of a platform the company owns, not of its AI product (e.g. X for xAI). */
  'platform-users': { unit: 'users', name: 'users of a platform it owns (not of its AI product)' },
  /** Percent of the story's subject owned. */
  'ownership-share': { unit: 'percent', name: 'a share of ownership' },
};

const sources = z
  .array(reference('sources'), { error: 'must be a list of source ids from content/sources.yaml' })
  .min(1, 'needs at least one source id from content/sources.yaml');

/** The most a figure's basis or a fact's text may hold: they are read at a glance in a table cell. */
export const BASIS_MAX = 40;
export const FACT_TEXT_MAX = 60;

/** The fields of one reported value, without its status (a dispute lists several). */
const reportedValueShape = {
  /** The number itself, without "$" or words: 183000000000, not "$183B"; never negative, at most Number.MAX_SAFE_INTEGER. */
  value: z
    .number({
      error: (issue) =>
        typeof issue.input === 'number'
          ? 'must be a finite number, e.g. 183000000000'
          : 'must be a number without "$" or words, e.g. 183000000000',
    })
    .nonnegative('must not be negative: give the amount, and say in "measure" and "basis" what it is')
    .max(Number.MAX_SAFE_INTEGER, `is too large to be exact: at most ${Number.MAX_SAFE_INTEGER}`),
  /** USD, percent or users. */
  unit: z.enum(figureUnits, { error: 'must be one of USD, percent, users' }),
  /** "over" or "about" when the source says so; absent when the number is given exactly. */
  qualifier: z.enum(['over', 'about']).optional(),
  /** What the number measures, one of `figureMeasureIds`: the table compares only numbers of the same measure. */
  measure: z.enum(figureMeasureIds, { error: `must be one of ${figureMeasureIds.join(', ')}` }),
  /** Where the number comes from, in a few words shown beside it, e.g. "Series F round" or "Google Cloud only". */
  basis: z
    .string()
    .min(1, 'say in a few words where the number comes from, e.g. "Series F round"')
    .max(
      BASIS_MAX,
      `keep it to a few words (at most ${BASIS_MAX} characters), e.g. "Series F round"; put the rest in "note"`,
    ),
  /** The date the number refers to. */
  asOf: partialDateSchema,
  /** Source ids. */
  sources,
  confidence: confidenceSchema,
  /** What a reader should know beside the number. */
  note: z.string().optional(),
};

/** A value's unit must be its measure's: a market capitalisation is in USD, a share in percent. */
function unitOfMeasure(value: { measure: FigureMeasure; unit: FigureUnit }, context: z.core.$RefinementCtx): void {
  const { unit } = figureMeasures[value.measure];
  if (value.unit !== unit) {
    context.addIssue({
      code: 'custom',
      path: ['unit'],
      message: `must be ${unit} for measure ${value.measure}`,
      input: value.unit,
    });
  }
}

/** One reported value of a dispute: a number, its measure and its sources. */
export const reportedValueSchema = z.strictObject(reportedValueShape).superRefine(unitOfMeasure);

/** A number a source reports. */
export const reportedFigureSchema = z
  .strictObject({ status: z.literal('reported'), ...reportedValueShape })
  .superRefine(unitOfMeasure);

/** Sources disagree: every reported value is shown, none is picked. */
export const disputedFigureSchema = z.strictObject({
  status: z.literal('disputed'),
  /** The competing values, each with its own basis, date and sources, all of one measure. */
  values: z
    .array(reportedValueSchema)
    .min(2, 'a dispute needs at least two values')
    .refine(
      (values) => values.every((value) => value.measure === values[0]?.measure),
      'the values of a dispute must all have the same "measure": numbers of different measures do not disagree',
    ),
  /** One sentence on the dispute, shown with the values. */
  summary: z.string().min(1),
});

/** No number can be given: say which case and why, never leave it blank. */
export const missingFigureSchema = z.strictObject({
  /** not-found (no source gives it), not-disclosed (the company does not publish it), not-applicable. */
  status: z.enum(['not-found', 'not-disclosed', 'not-applicable']),
  /** Why there is no number, in a sentence for the reader. */
  reason: z.string().min(1, 'say why there is no number'),
  /** Sources for what the reason says, if any. */
  sources: z.array(reference('sources')).default([]),
});

/** A figure: reported, disputed, or missing with a reason. */
export const figureSchema = z.discriminatedUnion(
  'status',
  [reportedFigureSchema, disputedFigureSchema, missingFigureSchema],
  {
    error: 'needs "status": reported, disputed, not-found, not-disclosed or not-applicable',
  },
);

/** A statement of fact in words (for table cells that are not numbers). */
export const factSchema = z.strictObject({
  /** The fact in a few words, read at a glance in a table cell, e.g. "AWS (primary), Google Cloud TPUs". */
  text: z
    .string()
    .min(1)
    .max(FACT_TEXT_MAX, `keep it to a few words (at most ${FACT_TEXT_MAX} characters); put the rest in "note"`),
  /** The date the fact refers to. */
  asOf: partialDateSchema,
  sources,
  confidence: confidenceSchema,
  note: z.string().optional(),
});

export type Figure = z.infer<typeof figureSchema>;
export type ReportedFigure = z.infer<typeof reportedFigureSchema>;
export type ReportedValue = z.infer<typeof reportedValueSchema>;
export type Fact = z.infer<typeof factSchema>;
