/**
 * Editors run `npm run dev` on a copy of the project, one real dev server for
 * every test below, in order:
 *
 * - they see errors where they work: a content error shows in the browser,
 *   in Astro's error overlay (read by Chromium), until it is fixed, whether
 *   the server started with it or it came with an edit;
 * - they change a file and see the change without a restart: a seed
 *   (through the seed loader's watcher) and a content file (through Astro's
 *   glob loader);
 * - the data files an explainer links to are served as in the build.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { connectChromium } from '../helpers/built-site-in-chromium';
import { eventually, startDevServer, type DevServer } from '../helpers/dev-server';
import { one, text } from '../helpers/html';
import { copyProject } from '../helpers/project';

const SLUG = 'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk';
const TITLE = 'Winning AI Race Was Never Possible For Anthropic, Says Elon Musk';
const COMPANY = 'content/companies/anthropic.md';
const SEED = 'seeds/000_d2ade5a4050b47a8.txt';

let root: string;
let server: DevServer;
let browser: Browser;
let page: Page;
const original = new Map<string, string>();

/** Changes a file of the copy; the edit must change it. */
async function edit(file: string, change: (text: string) => string): Promise<void> {
  const target = path.join(root, file);
  const before = await readFile(target, 'utf8');
  if (!original.has(file)) original.set(file, before);
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  await writeFile(target, after);
}

const restore = (file: string) => writeFile(path.join(root, file), original.get(file) ?? '');

/** What the dev server answers for the explainer now: its status and HTML. */
async function explainer(): Promise<{ status: number; html: string }> {
  const response = await fetch(`${server.origin}/${SLUG}/`);
  return { status: response.status, html: await response.text() };
}

/**
 * The text a reader sees in the error overlay after loading the explainer, once it holds `text`.
 * The server is asked first, cheaply, until it answers with an error page; only then does
 * Chromium load the page and show the overlay, as the editor's browser would.
 */
async function overlayShowing(text: string): Promise<string> {
  await eventually('the explainer never answered with an error', async () =>
    (await explainer()).status >= 500 ? true : undefined,
  );
  let shown = '';
  return eventually(
    () => `the overlay never showed "${text}"; it showed:\n${shown}`,
    async () => {
      // A content change also makes the server reload the open page; a load caught by
      // that reload can wait for a load event that never comes: give up and try again.
      await page.goto(`${server.origin}/${SLUG}/`, { waitUntil: 'domcontentloaded', timeout: 5_000 });
      const overlay = page.locator('vite-error-overlay');
      await overlay.waitFor({ timeout: 3_000 });
      shown = await overlay.evaluate((element) =>
        [...(element.shadowRoot?.children ?? [])]
          .filter((child) => child instanceof HTMLElement && child.localName !== 'style')
          .map((child) => (child as HTMLElement).innerText)
          .join('\n'),
      );
      return shown.includes(text) ? shown : undefined;
    },
  );
}

/** The explainer's heading once the server answers the page without an error. */
function pageShowing(): Promise<string> {
  return eventually(
    () => `the page never loaded without an error; the server printed:\n${server.output().slice(-3000)}`,
    async () => {
      const { status, html } = await explainer();
      return status === 200 ? text(one(fromHtml(html), 'h1')) : undefined;
    },
  );
}

beforeAll(async () => {
  root = await copyProject();
  // The server starts with a broken file: Astro would stop; the editor must see why in the browser instead.
  await edit(COMPANY, (text) => text.replace('value: 183000000000', 'value: "$183B"'));
  [server, browser] = await Promise.all([startDevServer(root), connectChromium()]);
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

test('a schema error present when the server starts shows in the overlay', async () => {
  const shown = await overlayShowing('valuation.value');
  expect(shown).toContain(COMPANY);
  expect(shown).toContain('must be a number without "$" or words, e.g. 183000000000');
});

test('once the file is fixed, the page shows again', async () => {
  await restore(COMPANY);
  expect(await pageShowing()).toBe(TITLE);
});

test('frontmatter that does not parse, saved while the server runs, shows in the overlay', async () => {
  await edit(COMPANY, (text) => text.replace(/^name: (.*)$/m, 'name: [$1'));
  const shown = await overlayShowing(COMPANY);
  expect(shown).toContain(
    `${COMPANY}:3:1: the YAML does not parse: Flow sequence in block collection must be sufficiently indented and end with a ].`,
  );
  await restore(COMPANY);
  expect(await pageShowing()).toBe(TITLE);
});

test('a seed that cannot be published, saved while the server runs, shows in the overlay', async () => {
  await edit(SEED, (text) => text.split('\n')[0] + '\n');
  const shown = await overlayShowing(`${SEED}: the file has a title but no body.`);
  expect(shown).toContain("Add the article's paragraphs after a blank line.");
  await restore(SEED);
  expect(await pageShowing()).toBe(TITLE);
});

/** Fetches `pagePath` until its HTML contains `text`, for up to 30 seconds. */
function waitForText(pagePath: string, text: string): Promise<string> {
  return eventually(`${pagePath} never showed "${text}"`, async () => {
    const html = await (await fetch(`${server.origin}${pagePath}`)).text();
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
    const response = await fetch(`${server.origin}${link}`);
    expect(response.status, link).toBe(200);
    expect(response.headers.get('content-type'), link).toMatch(
      link.endsWith('.csv') ? /^text\/csv/ : link.endsWith('.md') ? /^text\/markdown/ : /^application\/json/,
    );
  }
});
