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

/** A post of a thread in reading order, with where it hangs. */
export interface ThreadItem<T> {
  post: T;
  /** The post it answers, when that post is in the thread. */
  parent: T | undefined;
  /** How many posts up the chain to the first post: 0 for a first post. */
  depth: number;
  /**
   * How far in to draw it. A reply that follows the post it answers stays
   * in line with it, joined by a line, as a chain of replies reads on X;
   * only a second answer to the same post steps in, so a long chain never
   * walks off a phone's screen.
   */
  indent: number;
  /** Whether it answers the post right above it, so a line joins the two. */
  joinsAbove: boolean;
}

/**
 * The posts of a thread in reading order: each first post (one that
 * answers no post of the thread), then depth first its replies, answers to
 * the same post in the order given (time order). Posts caught in a loop of
 * replies, which the build refuses, still come out once, at the end.
 */
export function threadOrder<T extends { id: string; inReplyTo: string | undefined }>(
  posts: readonly T[],
): ThreadItem<T>[] {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const replies = new Map<string, T[]>();
  const firsts: T[] = [];
  for (const post of posts) {
    const parent = post.inReplyTo === undefined ? undefined : byId.get(post.inReplyTo);
    if (parent === undefined || parent === post) firsts.push(post);
    else replies.set(parent.id, [...(replies.get(parent.id) ?? []), post]);
  }
  const ordered: ThreadItem<T>[] = [];
  const placed = new Set<string>();
  const place = (post: T, parent: ThreadItem<T> | undefined, firstAnswer: boolean) => {
    if (placed.has(post.id)) return;
    placed.add(post.id);
    const joinsAbove = parent !== undefined && firstAnswer;
    const item: ThreadItem<T> = {
      post,
      parent: parent?.post,
      depth: parent ? parent.depth + 1 : 0,
      indent: parent ? parent.indent + (joinsAbove ? 0 : 1) : 0,
      joinsAbove,
    };
    ordered.push(item);
    (replies.get(post.id) ?? []).forEach((reply, index) => place(reply, item, index === 0));
  };
  for (const post of firsts) place(post, undefined, false);
  for (const post of posts) place(post, undefined, false);
  return ordered;
}
