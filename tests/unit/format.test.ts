import { describe, expect, test } from 'vitest';
import {
  datetimeAttribute,
  formatDate,
  formatFigure,
  formatRatio,
  formatReported,
  formatUsd,
  formatWhen,
} from '../../src/lib/site/format';
import type { Figure, ReportedFigure } from '../../src/schemas/figure';

const reported = (overrides: Partial<Omit<ReportedFigure, 'status'>> = {}): Omit<ReportedFigure, 'status'> => ({
  value: 5_000_000_000,
  unit: 'USD',
  measure: 'revenue-run-rate',
  basis: 'annualised revenue run-rate',
  asOf: '2025-08',
  sources: [{ id: 'anthropic-series-f', collection: 'sources' }],
  confidence: 'high',
  ...overrides,
});

describe('formatDate', () => {
  test('a full date reads day, short month, year', () => {
    expect(formatDate('2025-09-23')).toBe('23 Sept 2025');
  });

  test('the day loses its leading zero', () => {
    expect(formatDate('2025-06-05')).toBe('5 June 2025');
  });

  test('a month reads month and year', () => {
    expect(formatDate('2025-08')).toBe('Aug 2025');
  });

  test('a year reads as the year alone', () => {
    expect(formatDate('2017')).toBe('2017');
  });

  test.each([
    ['2025-01-01', '1 Jan 2025'],
    ['2025-02-01', '1 Feb 2025'],
    ['2025-03-01', '1 Mar 2025'],
    ['2025-04-01', '1 Apr 2025'],
    ['2025-05-01', '1 May 2025'],
    ['2025-06-01', '1 June 2025'],
    ['2025-07-01', '1 July 2025'],
    ['2025-08-01', '1 Aug 2025'],
    ['2025-09-01', '1 Sept 2025'],
    ['2025-10-01', '1 Oct 2025'],
    ['2025-11-01', '1 Nov 2025'],
    ['2025-12-01', '1 Dec 2025'],
  ])('%s reads "%s"', (date, text) => {
    expect(formatDate(date)).toBe(text);
  });
});

describe('formatWhen', () => {
  test('an exact date reads as the date', () => {
    expect(formatWhen({ date: '2025-09-23', precision: 'exact' })).toBe('23 Sept 2025');
  });

  test('an exact date with a time adds the time after a comma', () => {
    expect(formatWhen({ date: '2025-09-23', precision: 'exact', time: '14:32-05:00' })).toBe(
      '23 Sept 2025, 14:32-05:00',
    );
  });

  test('an approximate date reads "about"', () => {
    expect(formatWhen({ date: '2017-08', precision: 'about' })).toBe('about Aug 2017');
  });

  test('an approximate date keeps its time', () => {
    expect(formatWhen({ date: '2025-09-23', precision: 'about', time: '14:32Z' })).toBe('about 23 Sept 2025, 14:32Z');
  });

  test('an upper bound reads "on or before"', () => {
    expect(formatWhen({ date: '2025-09-23', precision: 'on-or-before' })).toBe('on or before 23 Sept 2025');
  });

  test('a lower bound reads "on or after"', () => {
    expect(formatWhen({ date: '2025-09-23', precision: 'on-or-after' })).toBe('on or after 23 Sept 2025');
  });

  test('a range within one month names the month and year once', () => {
    expect(formatWhen({ date: '2025-09-23', precision: 'between', until: '2025-09-25' })).toBe(
      'between 23 and 25 Sept 2025',
    );
  });

  test('a range across months gives both full dates', () => {
    expect(formatWhen({ date: '2025-08-30', precision: 'between', until: '2025-09-02' })).toBe(
      'between 30 Aug 2025 and 2 Sept 2025',
    );
  });

  test('a range across years gives both full dates', () => {
    expect(formatWhen({ date: '2024-12-30', precision: 'between', until: '2025-01-02' })).toBe(
      'between 30 Dec 2024 and 2 Jan 2025',
    );
  });

  test('a range on the same day and month of different years gives both full dates', () => {
    expect(formatWhen({ date: '2024-09-23', precision: 'between', until: '2025-09-25' })).toBe(
      'between 23 Sept 2024 and 25 Sept 2025',
    );
  });

  test('a range of months gives both months with their years', () => {
    expect(formatWhen({ date: '2025-08', precision: 'between', until: '2025-09' })).toBe(
      'between Aug 2025 and Sept 2025',
    );
  });
});

describe('datetimeAttribute', () => {
  test('a date without a time is the date as written', () => {
    expect(datetimeAttribute({ date: '2025-09' })).toBe('2025-09');
  });

  test('a date with a time joins them with "T"', () => {
    expect(datetimeAttribute({ date: '2025-09-23', time: '14:32-05:00' })).toBe('2025-09-23T14:32-05:00');
  });
});

describe('formatUsd', () => {
  test.each([
    [3e12, '$3 trillion'],
    [183_000_000_000, '$183 billion'],
    [5_250_000_000, '$5.25 billion'],
    [500_000_000, '$500 million'],
    [1_000_000, '$1 million'],
    [1_500, '$1,500'],
    [0, '$0'],
  ])('%d reads "%s"', (value, text) => {
    expect(formatUsd(value)).toBe(text);
  });

  test('a scaled amount is rounded to two decimals', () => {
    expect(formatUsd(1_234_567_890)).toBe('$1.23 billion');
  });
});

describe('formatReported', () => {
  test('US dollars with a qualifier', () => {
    expect(formatReported(reported({ qualifier: 'over' }))).toBe('over $5 billion');
  });

  test('US dollars without a qualifier', () => {
    expect(formatReported(reported({ value: 183_000_000_000 }))).toBe('$183 billion');
  });

  test('a percentage without a qualifier', () => {
    expect(formatReported(reported({ value: 14, unit: 'percent' }))).toBe('14%');
  });

  test('a percentage with a qualifier', () => {
    expect(formatReported(reported({ value: 14, unit: 'percent', qualifier: 'about' }))).toBe('about 14%');
  });

  test('a fractional percentage keeps up to two decimals', () => {
    expect(formatReported(reported({ value: 2.345, unit: 'percent' }))).toBe('2.35%');
  });

  test('users with a qualifier', () => {
    expect(formatReported(reported({ value: 700_000_000, unit: 'users', qualifier: 'about' }))).toBe(
      'about 700 million users',
    );
  });

  test('users without a qualifier', () => {
    expect(formatReported(reported({ value: 700_000_000, unit: 'users' }))).toBe('700 million users');
  });

  test('users in billions', () => {
    expect(formatReported(reported({ value: 1_500_000_000, unit: 'users' }))).toBe('1.5 billion users');
  });

  test('fewer than a million users are written out with commas', () => {
    expect(formatReported(reported({ value: 300_000, unit: 'users' }))).toBe('300,000 users');
  });
});

describe('formatFigure', () => {
  test('a reported figure reads as its value', () => {
    const figure: Figure = { status: 'reported', ...reported({ qualifier: 'over' }) };
    expect(formatFigure(figure)).toBe('over $5 billion');
  });

  test('a disputed figure gives every value joined by "or"', () => {
    const figure: Figure = {
      status: 'disputed',
      values: [reported({ value: 200_000_000_000 }), reported({ value: 230_000_000_000, qualifier: 'about' })],
      summary: 'Reports disagree.',
    };
    expect(formatFigure(figure)).toBe('Disputed: $200 billion or about $230 billion');
  });

  test.each([
    ['not-found', 'Not found'],
    ['not-disclosed', 'Not disclosed'],
    ['not-applicable', 'Not applicable'],
  ] as const)('a %s figure reads "%s"', (status, text) => {
    expect(formatFigure({ status, reason: 'Why.', sources: [] })).toBe(text);
  });
});

describe('formatRatio', () => {
  test('ten times or more is a whole number', () => {
    expect(formatRatio(500_000_000_000, 5_000_000_000)).toBe('100×');
  });

  test('ten times or more is rounded to the nearest whole number', () => {
    expect(formatRatio(155, 10)).toBe('16×');
  });

  test('under ten times keeps one decimal', () => {
    expect(formatRatio(183, 100)).toBe('1.8×');
  });

  test('a whole ratio under ten has no decimal', () => {
    expect(formatRatio(3, 1)).toBe('3×');
  });

  test('exactly ten times reads "10×"', () => {
    expect(formatRatio(10, 1)).toBe('10×');
  });
});
