import { z } from 'astro/zod';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A calendar date as precise as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDateSchema = z
  .string({ error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-09-23 (in quotes in YAML)' })
  .regex(PARTIAL_DATE, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-09-23')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number);
    if (day === undefined || month === undefined || year === undefined) return true;
    return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  }, 'is not a real calendar date');

/** How well a date is known. */
export const datePrecisions = ['exact', 'about', 'on-or-before', 'on-or-after', 'between'] as const;

/** When something happened, stated no more precisely than the sources allow. */
export const whenSchema = z
  .strictObject({
    /** The date, or with a bound (`on-or-before`, `on-or-after`, `between`) the bound. */
    date: partialDateSchema,
    /** Time of day with its UTC offset, only when a source gives it, e.g. "14:32-05:00". */
    time: z
      .string()
      .regex(/^\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/, 'must be a time with its UTC offset, e.g. "14:32-05:00"')
      .optional(),
    /** exact (the default), about, on-or-before, on-or-after, or between `date` and `until`. */
    precision: z.enum(datePrecisions).default('exact'),
    /** With `precision: between`: the latest possible date. */
    until: partialDateSchema.optional(),
    /** Where the date comes from, e.g. "date on the Motley Fool embed of the post". */
    basis: z.string().optional(),
  })
  .refine((when) => (when.precision === 'between') === (when.until !== undefined), {
    message: '"until" is needed with precision "between", and only then',
    path: ['until'],
  });

export type When = z.infer<typeof whenSchema>;
