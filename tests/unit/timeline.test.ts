import { describe, expect, test } from 'vitest';
import { laneLabels, sortEvents } from '../../src/lib/explainer/timeline';
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
  });
});

test('an event anchor is the id after "event-"', () => {
  expect(eventAnchor('2025-09-23-musk-replies')).toBe('event-2025-09-23-musk-replies');
});
