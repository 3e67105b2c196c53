import { describe, expect, test } from 'vitest';
import {
  eventLaneLabel,
  isThreadPost,
  laneLabels,
  precisionInWords,
  sortEvents,
  splitTimeline,
  wordingLabel,
} from '../../src/lib/explainer/timeline';
import { eventAnchor } from '../../src/lib/site/anchors';

const event = (id: string, date: string, order = 0) => ({
  id,
  data: { at: { date, precision: 'exact' as const }, order },
});

const ids = (events: { id: string }[]) => events.map((item) => item.id);

describe('sortEvents', () => {
  test('orders events by date', () => {
    const events = [event('c', '2025-09-23'), event('a', '2018-12-26'), event('b', '2025-03-28')];
    expect(ids(sortEvents(events))).toEqual(['a', 'b', 'c']);
  });

  test('a month sorts before a later full date', () => {
    const events = [event('email', '2018-12-26'), event('dota', '2017-08')];
    expect(ids(sortEvents(events))).toEqual(['dota', 'email']);
  });

  test('a month sorts before the days of that month', () => {
    const events = [event('day', '2025-09-01'), event('month', '2025-09')];
    expect(ids(sortEvents(events))).toEqual(['month', 'day']);
  });

  test('a year sorts before the months of that year', () => {
    const events = [event('month', '2025-01'), event('year', '2025')];
    expect(ids(sortEvents(events))).toEqual(['year', 'month']);
  });

  test('events of the same date are ordered by "order", lower first', () => {
    const events = [event('a', '2025-09-23', 2), event('b', '2025-09-23', 1), event('c', '2025-09-23', -1)];
    expect(ids(sortEvents(events))).toEqual(['c', 'b', 'a']);
  });

  test('events of the same date and order are ordered by id', () => {
    const events = [event('musk-replies', '2025-09-23', 1), event('berman-says', '2025-09-23', 1)];
    expect(ids(sortEvents(events))).toEqual(['berman-says', 'musk-replies']);
  });

  test('the date comes before the order', () => {
    const events = [event('late', '2025-09-24', 0), event('early', '2025-09-23', 5)];
    expect(ids(sortEvents(events))).toEqual(['early', 'late']);
  });

  test('the given list is left as it was', () => {
    const events = [event('b', '2025-09-24'), event('a', '2025-09-23')];
    sortEvents(events);
    expect(ids(events)).toEqual(['b', 'a']);
  });
});

test('each lane has a label in words', () => {
  expect(laneLabels).toEqual({
    exchange: 'The exchange',
    background: 'Background',
    context: 'Context',
    later: 'After the article',
  });
});

type Shape = {
  lane: 'exchange' | 'background' | 'context' | 'later';
  kind: 'post' | 'reply' | 'email' | 'publication';
};
const shaped = (id: string, lane: Shape['lane'], kind: Shape['kind']) => ({ id, data: { lane, kind } });

describe('splitTimeline', () => {
  const events = [
    shaped('dota', 'background', 'publication'),
    shaped('email', 'background', 'email'),
    shaped('post', 'exchange', 'post'),
    shaped('reply', 'exchange', 'reply'),
    shaped('coverage', 'exchange', 'publication'),
    shaped('funding', 'context', 'publication'),
    shaped('deal', 'later', 'publication'),
    shaped('second-reply', 'exchange', 'reply'),
  ];

  test('the thread holds only the posts and replies of the exchange, in the order given', () => {
    expect(ids(splitTimeline(events).thread)).toEqual(['post', 'reply', 'second-reply']);
  });

  test('background, context and the coverage of the exchange go before and around it, in the order given', () => {
    expect(ids(splitTimeline(events).around)).toEqual(['dota', 'email', 'coverage', 'funding']);
  });

  test('what came after the article goes apart, never into the thread', () => {
    expect(ids(splitTimeline(events).later)).toEqual(['deal']);
  });

  test('every event lands in exactly one part', () => {
    const { thread, around, later } = splitTimeline(events);
    expect(ids([...thread, ...around, ...later]).sort()).toEqual(ids(events).sort());
  });
});

describe('isThreadPost and eventLaneLabel', () => {
  test('a post or reply of another lane is not a post of the thread', () => {
    expect(isThreadPost({ lane: 'context', kind: 'post' })).toBe(false);
    expect(isThreadPost({ lane: 'later', kind: 'reply' })).toBe(false);
    expect(isThreadPost({ lane: 'exchange', kind: 'reply' })).toBe(true);
  });

  test('coverage of the exchange is labelled "Coverage", every other event by its lane', () => {
    expect(eventLaneLabel({ lane: 'exchange', kind: 'publication' })).toBe('Coverage');
    expect(eventLaneLabel({ lane: 'exchange', kind: 'post' })).toBe('The exchange');
    expect(eventLaneLabel({ lane: 'background', kind: 'email' })).toBe('Background');
  });
});

describe('wordingLabel', () => {
  const source = (id: string) => ({ id, collection: 'sources' as const });

  test('original words seen in a source say so and name it', () => {
    expect(wordingLabel({ quote: { text: 'x', wording: 'original', seenIn: source('embed') } })).toEqual({
      text: 'Original wording, seen in',
      source: 'embed',
    });
  });

  test('original words with no source named are only "Original wording"', () => {
    expect(wordingLabel({ quote: { text: 'x', wording: 'original' } })).toEqual({
      text: 'Original wording',
      source: undefined,
    });
  });

  test('words as a news outlet renders them name the outlet', () => {
    expect(wordingLabel({ quote: { text: 'x', wording: 'as-reported', reportedBy: source('officechai') } })).toEqual({
      text: 'Wording as reported by',
      source: 'officechai',
    });
  });

  test('a paraphrase is never called wording', () => {
    expect(wordingLabel({ paraphrase: { text: 'x', by: source('india-today') } })).toEqual({
      text: 'Paraphrase by',
      source: 'india-today',
    });
  });

  test('an event without words has no label', () => {
    expect(wordingLabel({})).toBeUndefined();
  });
});

describe('precisionInWords', () => {
  test.each([
    [{ date: '2025-09-23', precision: 'exact' }, 'exact to the day'],
    [{ date: '2017-08', precision: 'exact' }, 'known only to the month'],
    [{ date: '2025', precision: 'exact' }, 'known only to the year'],
    [{ date: '2025-10-02', precision: 'about' }, 'approximate'],
    [{ date: '2025-09-23', precision: 'on-or-before' }, 'latest possible date'],
    [{ date: '2025-09-23', precision: 'on-or-after' }, 'earliest possible date'],
    [{ date: '2025-09-23', precision: 'between' }, 'range of possible dates'],
  ] as const)('%o reads "%s"', (at, words) => {
    expect(precisionInWords(at)).toBe(words);
  });
});

test('an event anchor is the id after "event-"', () => {
  expect(eventAnchor('2025-09-23-musk-replies')).toBe('event-2025-09-23-musk-replies');
});
