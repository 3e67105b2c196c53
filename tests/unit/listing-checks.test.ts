import { describe, expect, test } from 'vitest';
import { findRepeatedIds } from '../../src/lib/explainer/repeated-ids';
import { findUnusedEntries } from '../../src/lib/explainer/unused-entries';

const STORY = 'content/stories/s/story.md';

describe('findRepeatedIds', () => {
  test('a company listed twice fails, naming the file, the field and both places', () => {
    expect(findRepeatedIds(STORY, 'companies', ['anthropic', 'xai', 'anthropic'])).toEqual([
      `${STORY}: "companies" lists "anthropic" twice (items 1 and 3). List each one once.`,
    ]);
  });

  test('counts an id listed more than twice', () => {
    expect(findRepeatedIds(STORY, 'companies', ['a', 'a', 'b', 'a'])).toEqual([
      `${STORY}: "companies" lists "a" 3 times (items 1, 2 and 4). List each one once.`,
    ]);
  });

  test('a list of different ids is fine', () => {
    expect(findRepeatedIds(STORY, 'companies', ['a', 'b'])).toEqual([]);
  });
});

describe('findUnusedEntries', () => {
  test('names the file of each entry nothing uses, and how to use it', () => {
    const entries = [
      { id: 'acme', file: 'content/companies/acme.md' },
      { id: 'meta', file: 'content/companies/meta.md' },
    ];
    expect(findUnusedEntries(entries, new Set(['acme']), 'Add "<id>" to the "companies" of a story.')).toEqual([
      'content/companies/meta.md: no story uses it, so it is not published. Add "meta" to the "companies" of a story.',
    ]);
  });
});
