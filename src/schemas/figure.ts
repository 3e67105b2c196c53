import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { confidenceSchema } from './confidence';
import { partialDateSchema } from './when';

/** Units a figure can be in. */
export const figureUnits = ['USD', 'percent', 'users'] as const;

const sources = z
  .array(reference('sources'), { error: 'must be a list of source ids from content/sources.yaml' })
  .min(1, 'needs at least one source id from content/sources.yaml');

/** A number a source reports. */
export const reportedFigureSchema = z.strictObject({
  status: z.literal('reported'),
  /** The number itself, without "$" or words: 183000000000, not "$183B"; never negative, at most Number.MAX_SAFE_INTEGER. */
  value: z
    .number({
      error: (issue) =>
        typeof issue.input === 'number'
          ? 'must be a finite number, e.g. 183000000000'
          : 'must be a number without "$" or words, e.g. 183000000000',
    })
    .nonnegative('must not be negative: give the amount, and say in "basis" what it measures')
    .max(Number.MAX_SAFE_INTEGER, `is too large to be exact: at most ${Number.MAX_SAFE_INTEGER}`),
  /** USD, percent or users. */
  unit: z.enum(figureUnits, { error: 'must be one of USD, percent, users' }),
  /** "over" or "about" when the source says so; absent when the number is given exactly. */
  qualifier: z.enum(['over', 'about']).optional(),
  /** What the number measures, e.g. "post-money, Series F" or "market capitalisation". */
  basis: z.string().min(1, 'say what the number measures, e.g. "post-money, Series F"'),
  /** The date the number refers to. */
  asOf: partialDateSchema,
  /** Source ids. */
  sources,
  confidence: confidenceSchema,
  /** What a reader should know beside the number. */
  note: z.string().optional(),
});

/** Sources disagree: every reported value is shown, none is picked. */
export const disputedFigureSchema = z.strictObject({
  status: z.literal('disputed'),
  /** The competing values, each with its own basis, date and sources. */
  values: z.array(reportedFigureSchema.omit({ status: true })).min(2, 'a dispute needs at least two values'),
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
  /** The fact, in a short phrase, e.g. "No: rents AWS and Google Cloud". */
  text: z.string().min(1),
  /** The date the fact refers to. */
  asOf: partialDateSchema,
  sources,
  confidence: confidenceSchema,
  note: z.string().optional(),
});

export type Figure = z.infer<typeof figureSchema>;
export type ReportedFigure = z.infer<typeof reportedFigureSchema>;
export type Fact = z.infer<typeof factSchema>;
