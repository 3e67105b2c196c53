/**
 * Reply chains of the timeline: an event's `inReplyTo` names the event it
 * answers, so following them must lead back in time to a first post. An
 * event that answers itself, or a chain that comes round to where it
 * started, has no first post; the page could not thread it, so it fails.
 */

/** What the check needs of a timeline event. */
export interface ReplyLink {
  id: string;
  /** The event's file, for messages. */
  file: string;
  /** The id of the event it answers, if any. */
  inReplyTo: string | undefined;
}

/**
 * A message for every event that answers itself and for every loop of
 * replies, each loop named once, from the file first in name order, e.g.
 * `a.md: "inReplyTo" goes round in a loop: a → b → a. …`. A reply to an id
 * that does not exist is left to the reference check.
 */
export function findReplyLoops(events: readonly ReplyLink[]): string[] {
  const byId = new Map(events.map((event) => [event.id, event]));
  const problems: string[] = [];
  const looped = new Set<string>();
  for (const event of [...events].sort((a, b) => a.file.localeCompare(b.file, 'en'))) {
    if (event.inReplyTo === event.id) {
      problems.push(
        `${event.file}: "inReplyTo" is the event's own id ("${event.id}"): an event cannot answer itself. Give the id of the event it answers, or remove "inReplyTo".`,
      );
      looped.add(event.id);
      continue;
    }
    if (looped.has(event.id)) continue;
    // Follow the chain; it loops when it comes back to an event already on it.
    const chain: string[] = [];
    let current: ReplyLink | undefined = event;
    while (current && !chain.includes(current.id) && !looped.has(current.id)) {
      chain.push(current.id);
      current = current.inReplyTo === undefined ? undefined : byId.get(current.inReplyTo);
    }
    if (current?.id !== event.id) continue;
    for (const id of chain) looped.add(id);
    const files = chain.map((id) => byId.get(id)?.file ?? id);
    problems.push(
      `${event.file}: "inReplyTo" goes round in a loop: ${[...chain, event.id].join(' → ')}. A reply answers an earlier event; change "inReplyTo" in one of ${files.join(', ')} so the chain ends at a first post.`,
    );
  }
  return problems;
}
