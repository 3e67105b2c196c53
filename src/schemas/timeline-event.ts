import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { confidenceSchema } from './confidence';
import { editorMessages } from './errors';
import { verdictIds } from './verdict';
import { webUrlSchema } from './web-url';
import { whenSchema } from './when';

/** The lanes of a timeline, in the order the guide lists them. */
export const laneIds = ['exchange', 'background', 'context', 'later'] as const;

/** A check gives a verdict of the claims' vocabulary; "not yet checked" is said by leaving the check out. */
const checkVerdict = z.enum(verdictIds).exclude(['unchecked'], {
  error: `must be one of ${verdictIds.filter((verdict) => verdict !== 'unchecked').join(', ')}`,
});

/** One event of the timeline (`content/timeline/<date>-<slug>.md`); the body gives context. */
export const timelineEventSchema = z
  .strictObject({
    /** The event's heading, e.g. "The founder replies". */
    title: z.string().min(1),
    /** When it happened, no more precisely than the sources allow. */
    at: whenSchema,
    /** Ties between events of the same date: lower comes first. */
    order: z.number().int().default(0),
    /**
     * exchange (the quoted thread and its coverage), background (what the thread refers to),
     * context (the news around it) or later (after the article: shown apart, never in the thread).
     */
    lane: z.enum(laneIds, { error: 'must be exchange, background, context or later' }),
    /** post, reply, email, interview, publication or report. */
    kind: z.enum(['post', 'reply', 'email', 'interview', 'publication', 'report']),
    /** Who acted: a person id from content/people. Absent for publications and news. */
    actor: reference('people').optional(),
    /** The actor's part in this event, shown with their words, e.g. "CEO of xAI, answering a post about a rival". */
    actorRole: z.string().min(1).optional(),
    /** Words a person said, verbatim. */
    quote: z
      .strictObject({
        /** The words, exactly as the source gives them. */
        text: z.string().min(1),
        /** original (the person's own wording, seen as they wrote it) or as-reported (as a news outlet renders it). */
        wording: z.enum(['original', 'as-reported']),
        /** With as-reported: the source whose rendering this is. */
        reportedBy: reference('sources').optional(),
        /** With original: the source in which the words themselves were seen, e.g. an embed of the post. */
        seenIn: reference('sources').optional(),
      })
      .refine((quote) => quote.wording === 'original' || quote.reportedBy !== undefined, {
        message: 'a quote "as-reported" needs "reportedBy": the source id that reports it',
        path: ['reportedBy'],
      })
      .refine((quote) => quote.wording === 'original' || quote.seenIn === undefined, {
        message: '"seenIn" says where original words were seen; a quote "as-reported" names its source in "reportedBy"',
        path: ['seenIn'],
      })
      .optional(),
    /** When the words were not found: what a source says was said, in its words. */
    paraphrase: z.strictObject({ text: z.string().min(1), by: reference('sources') }).optional(),
    /** With kind email: its header, shown as an email's. */
    email: z
      .strictObject({
        /** Who it was sent to, by name. */
        to: z.array(z.string().min(1)).min(1, 'name at least one recipient'),
        /** Who was copied, by name. */
        cc: z.array(z.string().min(1)).default([]),
        /** The subject line, verbatim. */
        subject: z.string().min(1),
      })
      .optional(),
    /** Our check of the quoted words, when they state something checkable; not one of the article's claims. */
    check: z
      .strictObject({
        /** supported, partly, wrong, unverifiable or opinion: the claims' vocabulary. */
        verdict: checkVerdict,
        /** The conclusion in one sentence, shown with the words. */
        conclusion: z.string().min(1),
        /** Why this verdict and no stronger one, shown with the evidence. */
        reasoning: z.string().min(1),
        /** The events the words are checked against: timeline ids of the same story. */
        against: z.array(reference('timeline')).default([]),
        /** Source ids. */
        sources: z.array(reference('sources')).min(1, 'needs at least one source id from content/sources.yaml'),
      })
      .optional(),
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
  })
  .refine((event) => event.email === undefined || event.kind === 'email', {
    message: '"email" is the header of an email: give it only with kind: email',
    path: ['email'],
  })
  .refine((event) => event.check === undefined || event.quote !== undefined, {
    message: 'a "check" checks words: give the "quote" it checks',
    path: ['check'],
  });

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Lane = TimelineEvent['lane'];
