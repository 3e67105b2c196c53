/**
 * Editors see errors where they work: under `astro dev`, a content error
 * shows in the browser, in Astro's error overlay, until it is fixed, whether
 * the server started with it or it came with an edit. A real dev server on a
 * copy of the project, read by Chromium.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { eventually, startDevServer, type DevServer } from '../helpers/dev-server';
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

/** The text a reader sees in the error overlay after loading the explainer, once it holds `text`. */
async function overlayShowing(text: string): Promise<string> {
  let shown = '';
  return eventually(
    () => `the overlay never showed "${text}"; it showed:\n${shown}`,
    async () => {
      await page.goto(`${server.origin}/${SLUG}/`);
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

/** The explainer's heading once the page loads without an overlay. */
function pageShowing(): Promise<string> {
  return eventually('the page never loaded without an error', async () => {
    const response = await page.goto(`${server.origin}/${SLUG}/`);
    if (response?.status() !== 200) return undefined;
    return (await page.locator('h1').textContent()) ?? undefined;
  });
}

beforeAll(async () => {
  root = await copyProject();
  // The server starts with a broken file: Astro would stop; the editor must see why in the browser instead.
  await edit(COMPANY, (text) => text.replace('value: 183000000000', 'value: "$183B"'));
  [server, browser] = await Promise.all([startDevServer(root), launchChromium()]);
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
