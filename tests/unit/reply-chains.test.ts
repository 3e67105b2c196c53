import { describe, expect, test } from 'vitest';
import { findReplyLoops, threadOrder, type ReplyLink } from '../../src/lib/explainer/reply-chains';

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

describe('threadOrder', () => {
  const post = (id: string, inReplyTo?: string) => ({ id, inReplyTo });
  const shape = (items: ReturnType<typeof threadOrder<ReturnType<typeof post>>>) =>
    items.map(({ post: { id }, parent, depth, indent, joinsAbove }) => ({
      id,
      parent: parent?.id,
      depth,
      indent,
      joinsAbove,
    }));

  test('a chain of replies reads in order, each joined to the post above, all in line', () => {
    const chain = [post('yacine'), post('musk', 'yacine'), post('berman', 'musk'), post('denial', 'berman')];
    expect(shape(threadOrder(chain))).toEqual([
      { id: 'yacine', parent: undefined, depth: 0, indent: 0, joinsAbove: false },
      { id: 'musk', parent: 'yacine', depth: 1, indent: 0, joinsAbove: true },
      { id: 'berman', parent: 'musk', depth: 2, indent: 0, joinsAbove: true },
      { id: 'denial', parent: 'berman', depth: 3, indent: 0, joinsAbove: true },
    ]);
  });

  test('a reply comes right after the post it answers, even when a later post came first in time', () => {
    const posts = [post('a'), post('b', 'a'), post('c', 'a'), post('b1', 'b')];
    expect(threadOrder(posts).map((item) => item.post.id)).toEqual(['a', 'b', 'b1', 'c']);
  });

  test('a second answer to the same post steps in and is not joined to the post above it', () => {
    const posts = [post('a'), post('b', 'a'), post('c', 'a')];
    expect(shape(threadOrder(posts))).toEqual([
      { id: 'a', parent: undefined, depth: 0, indent: 0, joinsAbove: false },
      { id: 'b', parent: 'a', depth: 1, indent: 0, joinsAbove: true },
      { id: 'c', parent: 'a', depth: 1, indent: 1, joinsAbove: false },
    ]);
  });

  test('a reply to a post outside the thread starts a thread of its own', () => {
    expect(shape(threadOrder([post('a', 'not-in-the-thread'), post('b', 'a')]))).toEqual([
      { id: 'a', parent: undefined, depth: 0, indent: 0, joinsAbove: false },
      { id: 'b', parent: 'a', depth: 1, indent: 0, joinsAbove: true },
    ]);
  });

  test('posts caught in a loop still come out, each once', () => {
    const items = threadOrder([post('first'), post('a', 'b'), post('b', 'a')]);
    expect(items.map((item) => item.post.id)).toEqual(['first', 'a', 'b']);
  });

  test('an empty thread has no posts', () => {
    expect(threadOrder([])).toEqual([]);
  });
});
