/**
 * The timeline model: chronological order, lane labels, and the split of a
 * story's events into the thread of the exchange, what came before and
 * around it, and what happened after the article. Shared by the page and by
 * timeline.json.
 */
import type { Lane, TimelineEvent } from '../../schemas/timeline-event';

/** Each lane's label, said in words so that lanes never depend on colour. */
export const laneLabels: Record<Lane, string> = {
  exchange: 'The exchange',
  background: 'Background',
  context: 'Context',
  later: 'After the article',
};

/** Coverage of the exchange sits with the context, under a label of its own. */
export const coverageLabel = 'Coverage';

/** Events in time order: by date (a month sorts before its days), then by `order`, then by id. */
export function sortEvents<T extends { id: string; data: Pick<TimelineEvent, 'at' | 'order'> }>(events: T[]): T[] {
  return [...events].sort(
    (a, b) => a.data.at.date.localeCompare(b.data.at.date) || a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
}

/** A post of the exchange's thread: a post or reply of the exchange lane, never a report of it. */
export const isThreadPost = (data: Pick<TimelineEvent, 'lane' | 'kind'>): boolean =>
  data.lane === 'exchange' && (data.kind === 'post' || data.kind === 'reply');

/** The label of an event's lane as a reader sees it: coverage of the exchange is not a post of it. */
export const eventLaneLabel = (data: Pick<TimelineEvent, 'lane' | 'kind'>): string =>
  data.lane === 'exchange' && !isThreadPost(data) ? coverageLabel : laneLabels[data.lane];

/** A story's events in the three places the page shows them, each in the order given. */
export interface TimelineParts<T> {
  /** The posts of the exchange. */
  thread: T[];
  /** Background, context and coverage: before and around the exchange. */
  around: T[];
  /** After the article. */
  later: T[];
}

/** Splits events (in time order) into the thread, what is before and around it, and what came later. */
export function splitTimeline<T extends { data: Pick<TimelineEvent, 'lane' | 'kind'> }>(
  events: readonly T[],
): TimelineParts<T> {
  const parts: TimelineParts<T> = { thread: [], around: [], later: [] };
  for (const event of events) {
    if (event.data.lane === 'later') parts.later.push(event);
    else if (isThreadPost(event.data)) parts.thread.push(event);
    else parts.around.push(event);
  }
  return parts;
}

/** The wording label of an event's words: how close they are to what was said, and on whose account. */
export interface WordingLabel {
  /** The words before the source's name, e.g. "Wording as reported by". */
  text: string;
  /** The source the label names, if any. */
  source: string | undefined;
}

/**
 * What the words of an event are: the original wording (and where it was
 * seen), a rendering by a news outlet, or a paraphrase. Undefined when the
 * event has no words.
 */
export function wordingLabel(data: Pick<TimelineEvent, 'quote' | 'paraphrase'>): WordingLabel | undefined {
  if (data.paraphrase) return { text: 'Paraphrase by', source: data.paraphrase.by.id };
  if (!data.quote) return undefined;
  if (data.quote.wording === 'as-reported')
    return { text: 'Wording as reported by', source: data.quote.reportedBy?.id };
  return data.quote.seenIn
    ? { text: 'Original wording, seen in', source: data.quote.seenIn.id }
    : { text: 'Original wording', source: undefined };
}

/** How precise a date is, in words, for the evidence layer. */
export function precisionInWords(at: Pick<TimelineEvent['at'], 'date' | 'precision'>): string {
  const unit = at.date.length === 4 ? 'year' : at.date.length === 7 ? 'month' : 'day';
  switch (at.precision) {
    case 'about':
      return 'approximate';
    case 'on-or-before':
      return 'latest possible date';
    case 'on-or-after':
      return 'earliest possible date';
    case 'between':
      return 'range of possible dates';
    default:
      return unit === 'day' ? 'exact to the day' : `known only to the ${unit}`;
  }
}
