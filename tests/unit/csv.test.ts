import { expect, test } from 'vitest';
import { neutralizeFormula, toCsv } from '../../src/lib/publish/csv';

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

test.each(['=HYPERLINK("https://evil.example","x")', '+cmd', '-2+3', '@SUM(A1)', '\tindent', '\rreturn'])(
  'a field that would start a formula (%j) gets a leading apostrophe',
  (field) => {
    expect(neutralizeFormula(field)).toBe(`'${field}`);
  },
);

test.each(['-5', '+1.5', '183000000000', '-0.25e3', 'a = b', 'x@y'])('%j stays as it is', (field) => {
  expect(neutralizeFormula(field)).toBe(field);
});

test('toCsv writes a neutralised formula inside its quotes', () => {
  expect(toCsv([['=1+1', '-7']])).toBe(`"'=1+1","-7"\r\n`);
});

test('without neutralising, the same row would hand a spreadsheet a formula (control)', () => {
  const raw = [['=1+1']].map((row) => row.map((field) => `"${field}"`).join(',')).join('\r\n');
  expect(raw.startsWith('"=')).toBe(true);
  expect(toCsv([['=1+1']]).startsWith(`"'=`)).toBe(true);
});
