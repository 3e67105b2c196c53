import { expect, test } from 'vitest';
import { nextDirection, sortByKey } from '../../src/scripts/table-sort';

const rows = [
  { item: 'Anthropic', key: '183000000000' },
  { item: 'xAI', key: '' },
  { item: 'OpenAI', key: '300000000000' },
  { item: 'Google', key: '3000000000000' },
  { item: 'Amazon', key: '' },
];

test('numbers sort by value, largest first when descending', () => {
  expect(sortByKey(rows, 'number', 'descending')).toEqual(['Google', 'OpenAI', 'Anthropic', 'xAI', 'Amazon']);
});

test('cells without a number stay last in either direction, in their original order', () => {
  expect(sortByKey(rows, 'number', 'ascending')).toEqual(['Anthropic', 'OpenAI', 'Google', 'xAI', 'Amazon']);
});

test('text sorts alphabetically', () => {
  const names = rows.map((row) => ({ item: row.item, key: row.item }));
  expect(sortByKey(names, 'text', 'ascending')).toEqual(['Amazon', 'Anthropic', 'Google', 'OpenAI', 'xAI']);
});

test('a sort button cycles descending, ascending, then back to the default order', () => {
  expect(nextDirection(null)).toBe('descending');
  expect(nextDirection('descending')).toBe('ascending');
  expect(nextDirection('ascending')).toBeNull();
});
