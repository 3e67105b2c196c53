import { describe, expect, test } from 'vitest';
import { parseFieldPath, withFieldLines } from '../../src/loaders/problem-lines';

describe('parseFieldPath', () => {
  test('reads keys and list indexes as a problem names them', () => {
    expect(parseFieldPath('keyClaims[0]')).toEqual(['keyClaims', 0]);
    expect(parseFieldPath('figure.company')).toEqual(['figure', 'company']);
    expect(parseFieldPath('valuation.sources[1]')).toEqual(['valuation', 'sources', 1]);
    expect(parseFieldPath('inReplyTo')).toEqual(['inReplyTo']);
  });
});

describe('withFieldLines', () => {
  const STORY = 'content/stories/acme/story.md';
  const files: Record<string, string> = {
    [STORY]: '---\nseed: acme\nheadline: "Acme"\nkeyClaims:\n  - 01-worth\n  - 09-gone\n---\nThe body.\n',
  };
  const read = (file: string) => files[file];

  test('writes the line of the field after the file, as a compiler would', () => {
    expect(withFieldLines(`Problems:\n- ${STORY}: "keyClaims[1]" names "09-gone".`, read)).toBe(
      `Problems:\n- ${STORY}:6: "keyClaims[1]" names "09-gone".`,
    );
  });

  test('gives a field that is not there the line of the nearest field that holds it', () => {
    expect(withFieldLines(`${STORY}: "headline.text" is wrong.`, read)).toBe(`${STORY}:3: "headline.text" is wrong.`);
  });

  test('leaves a problem as it is when its file cannot be read or names no field', () => {
    const unread = `- content/companies/gone.md: "stakes.acme" names "acme".`;
    expect(withFieldLines(unread, read)).toBe(unread);
    const noField = `- ${STORY} and content/stories/other/story.md both tell the seed "acme".`;
    expect(withFieldLines(noField, read)).toBe(noField);
  });
});
