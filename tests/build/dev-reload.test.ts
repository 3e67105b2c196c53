/**
 * Editors run `npm run dev`, change a file and see the change: a seed
 * (through the seed loader's watcher) and a content file (through Astro's
 * glob loader), in a real dev server on a copy of the project.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, repoRoot } from '../helpers/project';

const SLUG = 'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk';
let root: string;
let server: ChildProcess;
let origin: string;

beforeAll(async () => {
  root = await copyProject();
  const astro = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const port = String(40000 + Math.floor(Math.random() * 20000));
  server = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', port], {
    cwd: root,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    server.stdout?.on('data', read);
    server.stderr?.on('data', read);
  });
});

afterAll(() => {
  server?.kill();
});

/** Fetches `page` until its HTML contains `text`, for up to 30 seconds. */
async function waitForText(page: string, text: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${origin}${page}`).catch(() => undefined);
    const html = response ? await response.text() : '';
    if (html.includes(text)) return html;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${page} never showed "${text}"`);
}

test('a new seed becomes a page, and an edit to it shows without a restart', async () => {
  await waitForText('/', 'Winning AI Race Was Never Possible');
  const seed = path.join(root, 'seeds', 'dev-story.txt');
  await writeFile(seed, 'A Story Added In Dev\n\nFirst version of the text.\n');
  await waitForText('/a-story-added-in-dev/', 'First version of the text.');
  await writeFile(seed, 'A Story Added In Dev\n\nSecond version of the text.\n');
  await waitForText('/a-story-added-in-dev/', 'Second version of the text.');
});

test('an edit to a content file shows without a restart', async () => {
  const claim = path.join(root, 'content', 'stories', SLUG, 'claims', '08-annualized-revenue-500-billion.md');
  const text = await readFile(claim, 'utf8');
  await writeFile(claim, text.replace(/^conclusion: .*$/m, 'conclusion: "Edited while the dev server ran."'));
  await waitForText(`/${SLUG}/`, 'Edited while the dev server ran.');
});

test('the data files an explainer links to are served as in the build', async () => {
  const html = await waitForText(`/${SLUG}/`, '/data/');
  const links = [...html.matchAll(/href="(\/data\/[^"]+)"/g)].map((match) => match[1] ?? '');
  expect([...new Set(links)].map((link) => link.split('/').at(-1))).toEqual([
    'companies.csv',
    'companies.json',
    'timeline.json',
    'claims.json',
  ]);
  for (const link of new Set(links)) {
    const response = await fetch(`${origin}${link}`);
    expect(response.status, link).toBe(200);
    expect(response.headers.get('content-type'), link).toMatch(
      link.endsWith('.csv') ? /^text\/csv/ : /^application\/json/,
    );
  }
});
