import { expect, test } from 'vitest';
import { AmountTooLargeError, findMoney, parseMoney } from '../../src/lib/seed/money';

test.each([
  ['$183 billion', 183_000_000_000],
  ['$500 billion', 500_000_000_000],
  ['$5.2 million', 5_200_000],
  ['$1,500', 1_500],
  ['$3 trillion', 3_000_000_000_000],
  ['$750 thousand', 750_000],
])('%s is %d dollars', (text, value) => {
  expect(parseMoney(text)).toBe(value);
});

test('a scale word must be a whole word', () => {
  expect(findMoney('a $5 billionaire')).toEqual([{ text: '$5', value: 5, start: 2, end: 4 }]);
});

test('finds every amount with its offsets', () => {
  expect(findMoney('from $1 billion to $5 billion')).toEqual([
    { text: '$1 billion', value: 1e9, start: 5, end: 15 },
    { text: '$5 billion', value: 5e9, start: 19, end: 29 },
  ]);
});

test('text without an amount gives nothing', () => {
  expect(parseMoney('five billion dollars')).toBeUndefined();
});

test('an amount up to Number.MAX_SAFE_INTEGER is read exactly', () => {
  expect(parseMoney('$9,007,199,254,740,991')).toBe(Number.MAX_SAFE_INTEGER);
  expect(parseMoney('$9000 trillion')).toBe(9e15);
});

test.each([
  ['$ and 400 digits', `$${'1'.repeat(400)}`, '“$111111111111111…” (400 digits)'],
  ['one past the largest exact number', '$9,007,199,254,740,993', '“$9,007,199,254,740,993”'],
  ['a scale word that takes it past', '$10000 trillion', '“$10000 trillion”'],
])('an amount too large to compare (%s) is refused with a plain message', (_, text, shown) => {
  expect(() => findMoney(`It costs ${text}.`)).toThrow(
    new AmountTooLargeError(
      `the amount ${shown} is too large to check: amounts up to $9 quadrillion (9,007,199,254,740,991) can be compared`,
    ),
  );
});
