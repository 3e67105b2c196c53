import { expect, test } from 'vitest';
import { toCsv } from '../../src/lib/publish/csv';

test('every field is quoted and every line ends with CRLF', () => {
  expect(
    toCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]),
  ).toBe('"a","b"\r\n"c","d"\r\n');
});

test('a quote mark inside a field is doubled', () => {
  expect(toCsv([['He said "yes"']])).toBe('"He said ""yes"""\r\n');
});

test('commas and line breaks stay inside the quoted field', () => {
  expect(toCsv([['a, b', 'one\r\ntwo']])).toBe('"a, b","one\r\ntwo"\r\n');
});

test('an empty field is an empty pair of quotes', () => {
  expect(toCsv([['', 'x', '']])).toBe('"","x",""\r\n');
});

test('non-ASCII text is kept as it is', () => {
  expect(toCsv([['“Yes.”', '100×']])).toBe('"“Yes.”","100×"\r\n');
});
