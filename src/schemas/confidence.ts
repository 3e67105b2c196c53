import { z } from 'astro/zod';

/** How strongly the sources support a fact (see the research notes). */
export const confidenceSchema = z.enum(['high', 'medium-high', 'medium', 'low-medium', 'low'], {
  error: 'must be one of high, medium-high, medium, low-medium, low',
});

export type Confidence = z.infer<typeof confidenceSchema>;
