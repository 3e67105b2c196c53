import { expect, test } from 'vitest';
import { nextDirection, sortByKey } from '../../src/scripts/table-sort';

// The valuation column: private rounds only; xAI's sources disagree, and Google's market
// capitalisation and Amazon's missing figure are not comparable, so they have no key.
const rows = [
  { item: 'Anthropic', key: '183000000000' },
  { item: 'xAI', key: '' },
  { item: 'OpenAI', key: '300000000000' },
  { item: 'Google', key: '' },
  { item: 'Glimmer', key: '4000000000' },
  { item: 'Amazon', key: '' },
];

test('numbers sort by value, largest first when descending', () => {
  expect(sortByKey(rows, 'number', 'descending')).toEqual([
    'OpenAI',
    'Anthropic',
    'Glimmer',
    'xAI',
    'Google',
    'Amazon',
  ]);
});

test('cells without a number stay last in either direction, in their original order', () => {
  expect(sortByKey(rows, 'number', 'ascending')).toEqual(['Glimmer', 'Anthropic', 'OpenAI', 'xAI', 'Google', 'Amazon']);
});

test('text sorts alphabetically', () => {
  const names = rows.map((row) => ({ item: row.item, key: row.item }));
  expect(sortByKey(names, 'text', 'ascending')).toEqual(['Amazon', 'Anthropic', 'Glimmer', 'Google', 'OpenAI', 'xAI']);
});

test('a sort button cycles descending, ascending, then back to the default order', () => {
  expect(nextDirection(null)).toBe('descending');
  expect(nextDirection('descending')).toBe('ascending');
  expect(nextDirection('ascending')).toBeNull();
});
