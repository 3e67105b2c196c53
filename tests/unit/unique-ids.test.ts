import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pathId, uniqueIds } from '../../src/loaders/unique-ids';

const STORIES = 'content/stories/';
const fileName = (entry: string) => pathId(entry.split('/').pop() ?? entry);

describe('uniqueIds', () => {
  let base: URL;
  beforeAll(async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'unique-ids-'));
    for (const file of ['a/timeline/x.md', 'b/timeline/x.md', 'b/timeline/y.md']) {
      await mkdir(path.join(folder, path.dirname(file)), { recursive: true });
      await writeFile(path.join(folder, file), '---\n---\n');
    }
    base = pathToFileURL(`${folder}/`);
  });
  afterAll(async () => {
    await rm(new URL(base), { recursive: true, force: true });
  });

  test('gives each file its id', () => {
    const generateId = uniqueIds(STORIES, fileName);
    expect(generateId({ entry: 'a/timeline/x.md', base })).toBe('x');
    expect(generateId({ entry: 'b/timeline/y.md', base })).toBe('y');
  });

  test('two files with the same id fail, naming both in name order whichever loads first', () => {
    const generateId = uniqueIds(STORIES, fileName);
    generateId({ entry: 'b/timeline/x.md', base });
    expect(() => generateId({ entry: 'a/timeline/x.md', base })).toThrowErrorMatchingInlineSnapshot(
      `[DuplicateIdError: content/stories/b/timeline/x.md: gives the id "x", which content/stories/a/timeline/x.md gives too. Ids are how other files refer to an entry, so each must be unique: rename one of the two files.]`,
    );
  });

  test('the same file read again keeps its id', () => {
    const generateId = uniqueIds(STORIES, fileName);
    generateId({ entry: 'a/timeline/x.md', base });
    expect(generateId({ entry: 'a/timeline/x.md', base })).toBe('x');
  });

  test('a file that no longer exists gives up its id', () => {
    const generateId = uniqueIds(STORIES, fileName);
    generateId({ entry: 'c/timeline/x.md', base });
    expect(generateId({ entry: 'a/timeline/x.md', base })).toBe('x');
  });

  test('by default the id is the path under the folder without .md', () => {
    expect(uniqueIds('content/companies/')({ entry: 'anthropic.md', base })).toBe('anthropic');
  });
});
