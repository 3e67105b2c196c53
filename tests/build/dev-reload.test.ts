/**
 * Editors run `npm run dev`, change a file and see the change: a seed
 * (through the seed loader's watcher) and a content file (through Astro's
 * glob loader), in a real dev server on a copy of the project; and the
 * data files an explainer links to are served as in the build.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { eventually, startDevServer, type DevServer } from '../helpers/dev-server';
import { copyProject } from '../helpers/project';

const SLUG = 'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk';
let root: string;
let server: DevServer;
let origin: string;

beforeAll(async () => {
  root = await copyProject();
  server = await startDevServer(root);
  origin = server.origin;
});

afterAll(() => {
  server?.stop();
});

/** Fetches `page` until its HTML contains `text`, for up to 30 seconds. */
function waitForText(page: string, text: string): Promise<string> {
  return eventually(`${page} never showed "${text}"`, async () => {
    const html = await (await fetch(`${origin}${page}`)).text();
    return html.includes(text) ? html : undefined;
  });
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
    'README.md',
    'companies.csv',
    'companies.json',
    'timeline.json',
    'claims.json',
  ]);
  for (const link of new Set(links)) {
    const response = await fetch(`${origin}${link}`);
    expect(response.status, link).toBe(200);
    expect(response.headers.get('content-type'), link).toMatch(
      link.endsWith('.csv') ? /^text\/csv/ : link.endsWith('.md') ? /^text\/markdown/ : /^application\/json/,
    );
  }
});
