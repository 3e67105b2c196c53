/**
 * The bibliography's loader with a warm content cache: a file unchanged since
 * the last build is not parsed again, and a changed one always is, so an edit
 * is never hidden behind the cache.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { yamlListLoader } from '../../src/loaders/yaml-list-loader';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'yaml-list-loader-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A content layer that keeps its store and meta between loads, as the data store does between builds. */
function contentLayer() {
  const store = new Map<string, unknown>();
  const meta = new Map<string, string>();
  const parsed: string[] = [];
  const context = {
    collection: 'sources',
    config: { root: pathToFileURL(`${root}/`) },
    parseData: ({ id, data }: { id: string; data: unknown }) => {
      parsed.push(id);
      return Promise.resolve(data);
    },
    generateDigest: (data: unknown) => createHash('sha1').update(JSON.stringify(data)).digest('hex'),
    store: {
      clear: () => store.clear(),
      set: ({ id, data }: { id: string; data: unknown }) => store.set(id, data),
      keys: () => [...store.keys()],
    },
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
  } as unknown as LoaderContext;
  return { context, store, parsed };
}

const load = (context: LoaderContext) => yamlListLoader({ file: 'sources.yaml' }).load(context);

describe('yamlListLoader', () => {
  test('does not parse a file again that has not changed since the last load', async () => {
    await writeFile(path.join(root, 'sources.yaml'), '- id: a\n  publisher: A\n- id: b\n  publisher: B\n');
    const { context, store, parsed } = contentLayer();
    await load(context);
    expect(parsed).toEqual(['a', 'b']);
    await load(context);
    expect(parsed).toEqual(['a', 'b']);
    expect([...store.keys()]).toEqual(['a', 'b']);
  });

  test('parses a changed file again, and the store holds what it says now', async () => {
    const file = path.join(root, 'sources.yaml');
    await writeFile(file, '- id: a\n  publisher: A\n');
    const { context, store, parsed } = contentLayer();
    await load(context);
    await writeFile(file, '- id: a\n  publisher: A, renamed\n- id: c\n  publisher: C\n');
    await load(context);
    expect(parsed).toEqual(['a', 'a', 'c']);
    expect(Object.fromEntries(store)).toEqual({
      a: { id: 'a', publisher: 'A, renamed' },
      c: { id: 'c', publisher: 'C' },
    });
  });
});
