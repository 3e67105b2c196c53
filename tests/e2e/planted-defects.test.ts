/**
 * Each gate must catch a defect planted on purpose; a gate that passes
 * everything proves nothing. (The HTML gate's planted page is checked in
 * tests/gates/html-validity.test.ts, in the same run of the checker as the
 * real pages.)
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { connectChromium } from '../helpers/built-site-in-chromium';
import { axeViolations } from '../helpers/gates/accessibility';
import { checkLinks } from '../helpers/gates/links';
import { recordProblems, visit } from '../helpers/gates/requests';
import { serveSite, type StaticSite } from '../helpers/serve';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Planted</title></head><body><main><h1>Planted</h1>${body}</main></body></html>`;

const PLANTED: Record<string, string> = {
  'no-alt/index.html': page('<img src="/favicon.png">'),
  'broken-link/index.html': page('<a href="/no-such-page/">gone</a>'),
  'missing-anchor/index.html': page('<a href="/#no-such-section">gone</a>'),
  'outside-base/index.html': page('<a href="../../elsewhere/">up and out</a>'),
  'external-request/index.html': page('<img src="https://tracker.example.com/pixel.png" alt="">'),
};

let root: string;
let browser: Browser;
let site: StaticSite;
let siteWithoutHeaders: StaticSite;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'planted-'));
  await cp(inject('dist'), root, { recursive: true });
  for (const [file, html] of Object.entries(PLANTED)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), html);
  }
  [browser, site, siteWithoutHeaders] = await Promise.all([
    connectChromium(),
    serveSite(root),
    serveSite(root, { headers: false }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await siteWithoutHeaders?.close();
  await rm(root, { recursive: true, force: true });
});

test('the accessibility gate catches an image without alt text', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await visit(tab, `${site.url}no-alt/`);
  expect((await axeViolations(tab)).map((violation) => violation.id)).toContain('image-alt');
  await context.close();
});

test('the link gate catches a broken link, a missing anchor and a link out of the base', async () => {
  const problems = await checkLinks(root, { base: '/', site: 'https://example.org' });
  expect(problems).toEqual([
    { page: 'broken-link/index.html', link: '/no-such-page/', problem: 'no such page or file' },
    { page: 'missing-anchor/index.html', link: '/#no-such-section', problem: 'no such anchor' },
    { page: 'outside-base/index.html', link: '../../elsewhere/', problem: 'no such page or file' },
  ]);
  // Served under a sub-path, a relative link climbing above the base escapes it.
  const underBase = await checkLinks(root, { base: '/explainer/', site: 'https://example.org' });
  expect(underBase).toContainEqual({
    page: 'outside-base/index.html',
    link: '../../elsewhere/',
    problem: 'outside the base',
  });
});

test('the privacy gate catches a request to another host', async () => {
  // On a host without our headers (and a page without our CSP meta) the request goes out: the recorder sees it.
  const context = await browser.newContext();
  const problems = await recordProblems(context, siteWithoutHeaders.origin);
  await visit(await context.newPage(), `${siteWithoutHeaders.url}external-request/`);
  expect(problems.external).toEqual(['https://tracker.example.com/pixel.png']);
  await context.close();
});

test('with our headers, the CSP refuses the request and the console error fails the page', async () => {
  const context = await browser.newContext();
  const problems = await recordProblems(context, site.origin);
  await visit(await context.newPage(), `${site.url}external-request/`);
  expect(problems.external).toEqual([]);
  expect(problems.errors.join('\n')).toContain(
    'violates the following Content Security Policy directive: "img-src \'self\' data:"',
  );
  await context.close();
});
