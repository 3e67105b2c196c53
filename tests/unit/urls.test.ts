import { expect, test } from 'vitest';
import { slugify } from '../../src/lib/seed/slug';
import { joinBase } from '../../src/lib/site/urls';
import { quoted, readingMinutes, sliceGraphemes, summarize } from '../../src/lib/site/text';

test.each([
  ['/', '/', '/'],
  ['/', '/story/', '/story/'],
  ['/explainer/', '/story/', '/explainer/story/'],
  ['/explainer', 'story/', '/explainer/story/'],
])('joinBase(%s, %s) is %s', (base, path, expected) => {
  expect(joinBase(base, path)).toBe(expected);
});

test('the slug of the seed title is the original article’s slug', () => {
  expect(slugify('Winning AI Race Was Never Possible For Anthropic, Says Elon Musk')).toBe(
    'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk',
  );
});

test('slugs drop accents, apostrophes and punctuation', () => {
  expect(slugify('  Café’s “Best” — 100% Évident!  ')).toBe('cafes-best-100-evident');
});

test('summarize cuts at a word boundary and marks the cut', () => {
  expect(summarize('one two three four', 12)).toBe('one two…');
  expect(summarize('short', 12)).toBe('short');
  expect(summarize('one two three', 13)).toBe('one two three');
  expect(summarize(`${'word '.repeat(5000)}end`, 12)).toBe('word word…');
});

test('summarize counts graphemes, not UTF-16 units: three emoji of eleven units each fit in 3', () => {
  const family = '👩‍👩‍👧‍👦';
  expect(family.length).toBe(11);
  expect(summarize(family.repeat(3), 3)).toBe(family.repeat(3));
  expect(summarize(`${family.repeat(3)} and more`, 3)).toBe(`${family.repeat(2)}…`);
});

test('quoted adds curly marks unless the words hold their own', () => {
  expect(quoted('worth $183 billion')).toBe('“worth $183 billion”');
  expect(quoted('“No.” he said')).toBe('“No.” he said');
});

test('readingMinutes counts words at 220 a minute, never less than one', () => {
  expect(readingMinutes(['word '.repeat(440)])).toBe(2);
  expect(readingMinutes(['one two'])).toBe(1);
  expect(readingMinutes(['a '.repeat(300), 'b '.repeat(300)])).toBe(3);
});

test('summarize never splits an emoji or a letter from its accent', () => {
  const text = `${'word '.repeat(10)}👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦 e\u0301e\u0301`;
  for (let max = 5; max < 70; max += 1) {
    const cut = summarize(text, max);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(`${text}…`.includes(cut.replace(/…$/, '')) || cut === text).toBe(true);
  }
  expect(sliceGraphemes('👩‍👩‍👧‍👦x', 1)).toBe('👩‍👩‍👧‍👦');
  expect(sliceGraphemes('e\u0301x', 1)).toBe('e\u0301');
});

test('without grapheme slicing, the same cut would leave half an emoji (control)', () => {
  expect('a😀'.slice(0, 2)).toBe('a\uD83D');
  expect(sliceGraphemes('a😀', 2)).toBe('a😀');
});
