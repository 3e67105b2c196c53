import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { assertRegularFiles, irregularFile, irregularFiles, regularFilesOnly } from '../../src/loaders/regular-files';

let root: string;
let outside: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'repo-'));
  outside = await mkdtemp(path.join(tmpdir(), 'outside-'));
  await writeFile(path.join(outside, 'secret.txt'), 'Secret title\n\nA file from outside the repository.\n');
  await mkdir(path.join(root, 'seeds'));
  await writeFile(path.join(root, 'seeds', 'real.txt'), 'Title\n\nText.\n');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

const isSeed = (name: string) => name.endsWith('.txt');
const link = (message: string) =>
  `${message}: is a symbolic link. Only regular files inside the repository are published: put the file itself here instead of a link.`;

test('regular files pass', async () => {
  expect(await irregularFiles(root, 'seeds', { recursive: false, isEntry: isSeed })).toEqual([]);
});

test('a link to a file outside the repository, a link inside it, a dangling link and a folder named like a seed all fail, named', async () => {
  await symlink(path.join(outside, 'secret.txt'), path.join(root, 'seeds', 'y.txt'));
  await symlink(path.join(root, 'seeds', 'real.txt'), path.join(root, 'seeds', 'again.txt'));
  await symlink(path.join(root, 'nowhere.txt'), path.join(root, 'seeds', 'dangling.txt'));
  await mkdir(path.join(root, 'seeds', 'folder.txt'));
  expect(await irregularFiles(root, 'seeds', { recursive: false, isEntry: isSeed })).toEqual([
    link('seeds/again.txt'),
    link('seeds/dangling.txt'),
    'seeds/folder.txt: is a folder, but its name says it is a file to publish. Rename or remove it.',
    link('seeds/y.txt'),
  ]);
});

test('a linked folder deep in content/ fails, and is never followed', async () => {
  await mkdir(path.join(root, 'content', 'stories', 'a', 'timeline'), { recursive: true });
  await symlink(outside, path.join(root, 'content', 'stories', 'a', 'timeline', 'more'));
  expect(await irregularFiles(root, 'content/stories/')).toEqual([link('content/stories/a/timeline/more')]);
});

test('a single file that is a link fails; a missing one is left to its loader', async () => {
  await mkdir(path.join(root, 'content'));
  await symlink(path.join(outside, 'secret.txt'), path.join(root, 'content', 'sources.yaml'));
  expect(await irregularFile(root, 'content/sources.yaml')).toEqual([link('content/sources.yaml')]);
  expect(await irregularFile(root, 'content/other.yaml')).toEqual([]);
});

test('several problems are reported in one error', () => {
  expect(() => assertRegularFiles(['a: x', 'b: y'])).toThrow('2 paths cannot be published:\n- a: x\n- b: y');
  expect(() => assertRegularFiles([])).not.toThrow();
});

test('without the check, reading the link publishes the outside file (control)', async () => {
  await symlink(path.join(outside, 'secret.txt'), path.join(root, 'seeds', 'y.txt'));
  expect(await readFile(path.join(root, 'seeds', 'y.txt'), 'utf8')).toContain('A file from outside the repository.');
});

test('a loader wrapped by regularFilesOnly refuses to load a folder with a link, and loads a clean one', async () => {
  const loaded: string[] = [];
  const loader = regularFilesOnly({ name: 'fake', load: () => Promise.resolve(void loaded.push('loaded')) }, 'seeds/');
  const context = { config: { root: pathToFileURL(`${root}/`) } } as unknown as LoaderContext;
  await loader.load(context);
  await symlink(path.join(outside, 'secret.txt'), path.join(root, 'seeds', 'y.txt'));
  await expect(loader.load(context)).rejects.toThrow(link('seeds/y.txt'));
  expect(loaded).toEqual(['loaded']);
});
