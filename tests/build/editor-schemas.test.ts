/**
 * Editors get the schemas where they type: the Astro extension checks each
 * content file's frontmatter against its collection's JSON Schema (through
 * the manifest Astro writes with `experimental.contentIntellisense`), and
 * the YAML extension checks content/sources.yaml (.vscode/settings.json).
 * Read from the run's main build, which writes both into its `.astro/`.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { expect, inject, test } from 'vitest';
import { repoRoot } from '../helpers/project';

const builtRoot = path.dirname(inject('dist'));
const readJson = async <T>(file: string) => JSON.parse(await readFile(file, 'utf8')) as T;

test('every markdown file of content/ is checked against its collection’s schema', async () => {
  const manifest = await readJson<{ entries: Record<string, string> }>(
    path.join(builtRoot, '.astro', 'collections', 'collections.json'),
  );
  const files = (await readdir(path.join(builtRoot, 'content'), { recursive: true })).filter((file) =>
    file.endsWith('.md'),
  );
  expect(files.length).toBeGreaterThan(10);
  const unmapped = files.filter((file) => {
    const url = pathToFileURL(path.join(builtRoot, 'content', file)).href.toLowerCase();
    const collection = manifest.entries[url];
    return !collection || !existsSync(path.join(builtRoot, '.astro', 'collections', `${collection}.schema.json`));
  });
  expect(unmapped).toEqual([]);
});

test('content/sources.yaml is checked, as a list, against the sources’ schema', async () => {
  const settings = await readJson<{ 'yaml.schemas': Record<string, string[]> }>(
    path.join(repoRoot, '.vscode', 'settings.json'),
  );
  expect(settings['yaml.schemas']).toEqual({ './.vscode/sources.schema.json': ['content/sources.yaml'] });
  const list = await readJson<{ type: string; items: { $ref: string } }>(
    path.join(repoRoot, '.vscode', 'sources.schema.json'),
  );
  expect(list.type).toBe('array');
  expect(Array.isArray(parse(await readFile(path.join(repoRoot, 'content', 'sources.yaml'), 'utf8')))).toBe(true);
  // The reference is resolved from .vscode/, to the schema Astro writes.
  const entry = await readJson<{ type: string; properties: Record<string, unknown> }>(
    path.join(builtRoot, '.vscode', list.items.$ref),
  );
  expect(entry.type).toBe('object');
  expect(Object.keys(entry.properties)).toEqual(expect.arrayContaining(['id', 'title', 'publisher', 'url']));
});

test('the editor extensions are recommended', async () => {
  const extensions = await readJson<{ recommendations: string[] }>(path.join(repoRoot, '.vscode', 'extensions.json'));
  expect(extensions.recommendations).toEqual(['astro-build.astro-vscode', 'redhat.vscode-yaml']);
});
