/**
 * The timeline model: chronological order and lane labels, shared by the
 * page and by timeline.json.
 */
import type { TimelineEvent } from '../../schemas/timeline-event';

/** Each lane's label, said in words so that lanes never depend on colour. */
export const laneLabels: Record<TimelineEvent['lane'], string> = {
  exchange: 'The exchange',
  background: 'Background',
  context: 'Context',
};

/** What each lane holds, for the legend. */
export const laneDescriptions: Record<TimelineEvent['lane'], string> = {
  exchange: 'the posts the article quotes, and the coverage of them',
  background: 'earlier words the thread refers to',
  context: 'news about the companies around the same time',
};

/** Events in time order: by date (a month sorts before its days), then by `order`, then by id. */
export function sortEvents<T extends { id: string; data: Pick<TimelineEvent, 'at' | 'order'> }>(events: T[]): T[] {
  return [...events].sort(
    (a, b) => a.data.at.date.localeCompare(b.data.at.date) || a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
}
