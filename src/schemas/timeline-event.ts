import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { confidenceSchema } from './confidence';
import { editorMessages } from './errors';
import { webUrlSchema } from './web-url';
import { whenSchema } from './when';

/** One event of the timeline (`content/timeline/<date>-<slug>.md`); the body gives context. */
export const timelineEventSchema = z
  .strictObject({
    /** The event's heading, e.g. "The founder replies". */
    title: z.string().min(1),
    /** When it happened, no more precisely than the sources allow. */
    at: whenSchema,
    /** Ties between events of the same date: lower comes first. */
    order: z.number().int().default(0),
    /** exchange (the quoted thread), background (what the thread refers to) or context (the news around it). */
    lane: z.enum(['exchange', 'background', 'context'], { error: 'must be exchange, background or context' }),
    /** post, reply, email, interview, publication or report. */
    kind: z.enum(['post', 'reply', 'email', 'interview', 'publication', 'report']),
    /** Who acted: a person id from content/people. Absent for publications and news. */
    actor: reference('people').optional(),
    /** Words a person said, verbatim. */
    quote: z
      .strictObject({
        /** The words, exactly as the source gives them. */
        text: z.string().min(1),
        /** original (the person's own wording) or as-reported (as a news outlet renders it). */
        wording: z.enum(['original', 'as-reported']),
        /** With as-reported: the source whose rendering this is. */
        reportedBy: reference('sources').optional(),
      })
      .refine((quote) => quote.wording === 'original' || quote.reportedBy !== undefined, {
        message: 'a quote "as-reported" needs "reportedBy": the source id that reports it',
        path: ['reportedBy'],
      })
      .optional(),
    /** When the words were not found: what a source says was said, in its words. */
    paraphrase: z.strictObject({ text: z.string().min(1), by: reference('sources') }).optional(),
    /** The event this one answers: a timeline id. */
    inReplyTo: reference('timeline').optional(),
    /** Link out to the original post or page, when known. */
    url: webUrlSchema('the full address of the original post or page').optional(),
    /** Source ids. */
    sources: z.array(reference('sources')).min(1, 'needs at least one source id from content/sources.yaml'),
    confidence: confidenceSchema,
  })
  .check(editorMessages)
  .refine((event) => !(event.quote && event.paraphrase), {
    message: 'give either "quote" or "paraphrase", not both',
    path: ['paraphrase'],
  });

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
