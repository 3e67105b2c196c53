import { describe, expect, test } from 'vitest';
import { findReplyLoops, type ReplyLink } from '../../src/lib/explainer/reply-chains';

const TIMELINE = 'content/stories/s/timeline/';
const event = (id: string, inReplyTo?: string): ReplyLink => ({ id, file: `${TIMELINE}${id}.md`, inReplyTo });

describe('findReplyLoops', () => {
  test('a chain that ends at a first post is fine', () => {
    expect(findReplyLoops([event('1-post'), event('2-reply', '1-post'), event('3-reply', '2-reply')])).toEqual([]);
  });

  test('an event that answers itself fails, naming its file', () => {
    expect(findReplyLoops([event('1-post', '1-post')])).toEqual([
      `${TIMELINE}1-post.md: "inReplyTo" is the event's own id ("1-post"): an event cannot answer itself. Give the id of the event it answers, or remove "inReplyTo".`,
    ]);
  });

  test('a loop of replies fails once, shown from its first file, with every file that could break it', () => {
    expect(findReplyLoops([event('c', 'b'), event('a', 'c'), event('b', 'a'), event('d', 'a')])).toEqual([
      `${TIMELINE}a.md: "inReplyTo" goes round in a loop: a → c → b → a. A reply answers an earlier event; change "inReplyTo" in one of ${TIMELINE}a.md, ${TIMELINE}c.md, ${TIMELINE}b.md so the chain ends at a first post.`,
    ]);
  });

  test('an event that leads into a loop is not itself named as the loop', () => {
    expect(findReplyLoops([event('a', 'b'), event('b', 'c'), event('c', 'b')])).toEqual([
      `${TIMELINE}b.md: "inReplyTo" goes round in a loop: b → c → b. A reply answers an earlier event; change "inReplyTo" in one of ${TIMELINE}b.md, ${TIMELINE}c.md so the chain ends at a first post.`,
    ]);
  });

  test('a reply to an id that does not exist is left to the reference check', () => {
    expect(findReplyLoops([event('a', 'nowhere')])).toEqual([]);
  });
});
