import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { publishAtomically } from '../../scripts/atomic-output';

let root: string;
let outDir: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'atomic-'));
  outDir = path.join(root, 'dist');
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** A site as a build writes it: pages one by one, the home page last, failing before it when asked. */
async function fakeBuild(into: string, { crash = false } = {}) {
  await mkdir(path.join(into, 'story'), { recursive: true });
  await mkdir(path.join(into, '.prerender', 'chunks'), { recursive: true });
  await writeFile(path.join(into, '.prerender', 'chunks', 'server.mjs'), '// server code');
  await writeFile(path.join(into, 'story', 'index.html'), 'new story');
  if (crash) throw new Error('a page failed to render');
  await writeFile(path.join(into, 'index.html'), 'new home');
  await rm(path.join(into, '.prerender'), { recursive: true });
}

const listing = async (folder: string) => (await readdir(folder, { recursive: true })).sort();

test('a build that fails half-way leaves the previous site exactly as it was', async () => {
  await mkdir(outDir);
  await writeFile(path.join(outDir, 'index.html'), 'old home');
  await expect(publishAtomically(outDir, (staging) => fakeBuild(staging, { crash: true }))).rejects.toThrow(
    'a page failed to render',
  );
  expect(await listing(outDir)).toEqual(['index.html']);
  expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('old home');
  expect(await readdir(root)).toEqual(['dist']);
});

test('a build that fails with no previous site leaves no output folder at all', async () => {
  await expect(publishAtomically(outDir, (staging) => fakeBuild(staging, { crash: true }))).rejects.toThrow();
  expect(await readdir(root)).toEqual([]);
});

test('a build that succeeds replaces the whole previous site', async () => {
  await mkdir(outDir);
  await writeFile(path.join(outDir, 'stale.html'), 'a page that no longer exists');
  await publishAtomically(outDir, (staging) => fakeBuild(staging));
  expect(await listing(outDir)).toEqual(['index.html', 'story', path.join('story', 'index.html')]);
  expect(await readdir(root)).toEqual(['dist']);
});

test('a build that succeeds but leaves .prerender behind publishes without it', async () => {
  await publishAtomically(outDir, async (staging) => {
    await mkdir(path.join(staging, '.prerender'), { recursive: true });
    await writeFile(path.join(staging, '.prerender', 'entry.mjs'), '// server code');
    await writeFile(path.join(staging, 'index.html'), 'home');
  });
  expect(await listing(outDir)).toEqual(['index.html']);
});

test('without the staging folder, the same crash leaves a half-written site that looks complete (control)', async () => {
  await mkdir(outDir);
  await writeFile(path.join(outDir, 'index.html'), 'old home');
  await expect(fakeBuild(outDir, { crash: true })).rejects.toThrow();
  expect(await listing(outDir)).toContain(path.join('.prerender', 'chunks', 'server.mjs'));
  expect(await readFile(path.join(outDir, 'story', 'index.html'), 'utf8')).toBe('new story');
});
