/**
 * How dates and figures read on the page. Pure functions, so the table, the
 * timeline, the data files and the claim notes all say the same thing.
 */
import type { Figure, ReportedFigure } from '../../schemas/figure';
import type { When } from '../../schemas/when';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "2025-09-23" → "23 Sept 2025"; "2025-09" → "Sept 2025"; "2017" → "2017". */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : undefined, monthName, year].filter(Boolean).join(' ');
}

/** A date as honest as its precision: "on or before 23 Sept 2025", "between 23 and 25 Sept 2025". */
export function formatWhen(when: Pick<When, 'date' | 'precision' | 'until' | 'time'>): string {
  const date = formatDate(when.date);
  const withTime = when.time ? `${date}, ${when.time}` : date;
  switch (when.precision) {
    case 'about':
      return `about ${withTime}`;
    case 'on-or-before':
      return `on or before ${withTime}`;
    case 'on-or-after':
      return `on or after ${withTime}`;
    case 'between':
      return `between ${formatRangeStart(when.date, when.until ?? when.date)} and ${formatDate(when.until ?? when.date)}`;
    default:
      return withTime;
  }
}

/** The start of a range, shortened when it shares month and year with the end: "23" of "23 and 25 Sept 2025". */
function formatRangeStart(start: string, end: string): string {
  const [startYear, startMonth, startDay] = start.split('-');
  const [endYear, endMonth] = end.split('-');
  if (startDay && startYear === endYear && startMonth === endMonth) return String(Number(startDay));
  return formatDate(start);
}

/** The value of a `<time datetime>`: the date as precise as known, with the time and offset when given. */
export function datetimeAttribute(when: Pick<When, 'date' | 'time'>): string {
  return when.time ? `${when.date}T${when.time}` : when.date;
}

/** 183000000000 → "$183 billion"; 3e12 → "$3 trillion"; 500000000 → "$500 million". */
export function formatUsd(value: number): string {
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [size, word] of scales) {
    // 999.996 billion rounds to "1 trillion", not "1000 billion".
    if (Number((value / size).toFixed(2)) >= 1) return `$${trimNumber(value / size)} ${word}`;
  }
  return `$${value.toLocaleString('en-US')}`;
}

function trimNumber(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** A reported value in its unit, with its qualifier: "over $5 billion", "14%", "about 700 million users". */
export function formatReported(figure: Omit<ReportedFigure, 'status'>): string {
  const amount =
    figure.unit === 'USD'
      ? formatUsd(figure.value)
      : figure.unit === 'percent'
        ? `${trimNumber(figure.value)}%`
        : `${formatCount(figure.value)} users`;
  return figure.qualifier ? `${figure.qualifier} ${amount}` : amount;
}

function formatCount(value: number): string {
  if (value >= 1e9) return `${trimNumber(value / 1e9)} billion`;
  if (value >= 1e6) return `${trimNumber(value / 1e6)} million`;
  return value.toLocaleString('en-US');
}

/** What a missing figure says instead of a number. */
export const missingLabels = {
  'not-found': 'Not found',
  'not-disclosed': 'Not disclosed',
  'not-applicable': 'Not applicable',
} as const;

/** A one-line reading of any figure, for data files and summaries. */
export function formatFigure(figure: Figure): string {
  switch (figure.status) {
    case 'reported':
      return formatReported(figure);
    case 'disputed':
      return `Disputed: ${figure.values.map(formatReported).join(' or ')}`;
    default:
      return missingLabels[figure.status];
  }
}

/** "500 billion" against "over 5 billion": how many times larger `a` is than `b`, for "100× the sourced figure". */
export function formatRatio(a: number, b: number): string {
  const ratio = a / b;
  return ratio >= 10 ? `${Math.round(ratio)}×` : `${Number(ratio.toFixed(1))}×`;
}
