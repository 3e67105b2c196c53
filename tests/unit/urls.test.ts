import { expect, test } from 'vitest';
import { slugify } from '../../src/lib/seed/slug';
import { joinBase } from '../../src/lib/site/urls';
import { quoted, readingMinutes, summarize } from '../../src/lib/site/text';

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
