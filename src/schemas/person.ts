import { z } from 'astro/zod';
import { confidenceSchema } from './confidence';
import { entrySchema } from './errors';
import { reference } from 'astro:content';

/** A person (or an account such as a chatbot) in the story: `content/people/<id>.md`. */
export const personSchema = entrySchema({
  /** Name as the sources give it, e.g. "Jane Example". */
  name: z.string().min(1),
  /** X handle with the @, e.g. "@janeexample"; null when not known. */
  handle: z
    .string()
    .regex(/^@\w{1,15}$/, 'must be an X handle such as "@janeexample"')
    .nullable(),
  /** How sure the handle is, when it is inferred: the page then calls it "inferred". */
  handleConfidence: confidenceSchema.optional(),
  /** With handleConfidence: how the handle was inferred, shown with the evidence. */
  handleNote: z.string().min(1).optional(),
  /** Their part in the story, e.g. "CEO of xAI". */
  role: z.string().min(1),
  /** Company or organisation, when relevant. */
  affiliation: z.string().optional(),
  /** Sources for who they are. */
  sources: z.array(reference('sources')).min(1, 'needs at least one source id from content/sources.yaml'),
});

export type Person = z.infer<typeof personSchema>;
