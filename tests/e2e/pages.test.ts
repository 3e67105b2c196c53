import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { builtSiteInChromium } from '../helpers/built-site-in-chromium';
import { axeViolations } from '../helpers/gates/accessibility';
import { recordProblems, visit, type PageProblems } from '../helpers/gates/requests';
import { sitePages } from '../helpers/pages';
import { repoRoot } from '../helpers/project';

const dist = inject('dist');
/** Screenshots of every page are written only when asked for: `SCREENSHOTS=1 npm test`. */
const SCREENSHOTS = process.env['SCREENSHOTS'] === '1' ? path.join(repoRoot, 'test-output', 'screenshots') : undefined;
/** Both phone widths (320 px is WCAG's reflow width) and a desktop. */
const VIEWPORTS = [
  { width: 320, height: 800 },
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
] as const;

const chromium = builtSiteInChromium();
let pages: string[];
/**
 * A tab whose every request and console error is recorded; the tests below
 * share it (a tab costs a renderer) and empty the record before they start.
 */
let recorded: { page: Page; problems: PageProblems };

beforeAll(async () => {
  pages = await sitePages(dist);
  const context = await chromium.browser.newContext();
  const problems = await recordProblems(context, chromium.site.origin);
  recorded = { page: await context.newPage(), problems };
  if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true });
});

/** The recorded tab, its record emptied. */
function recordedTab(): { page: Page; problems: PageProblems } {
  const { external, failed, errors } = recorded.problems;
  for (const list of [external, failed, errors]) list.length = 0;
  return recorded;
}

const shotName = (page: string, width: number, scheme: string) =>
  `${page.replace(/\/$/, '').replace(/[/.]/g, '-') || 'home'}-${width}-${scheme}.png`;

describe.each(['light', 'dark'] as const)('every page in the %s theme', (colorScheme) => {
  test('loads with no console error, no failed or external request, and 0 axe violations with every disclosure open', async () => {
    // One page, loaded once and then resized to each width: the recorder keeps listening, so
    // a request that only one width makes is caught too, and a failure names the page and width.
    const { page, problems } = recordedTab();
    await page.emulateMedia({ colorScheme });
    for (const pagePath of pages) {
      await page.setViewportSize(VIEWPORTS[0]);
      await visit(page, chromium.site.url + pagePath);
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        expect(problems, `${pagePath || '/'} at ${viewport.width}px`).toEqual({ external: [], failed: [], errors: [] });
        if (SCREENSHOTS) {
          await page.screenshot({
            path: path.join(SCREENSHOTS, shotName(pagePath, viewport.width, colorScheme)),
            fullPage: true,
          });
        }
      }
      // The evidence layer is checked too: a closed disclosure's content is hidden from axe.
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        const where = `${pagePath || '/'} at ${viewport.width}px, every disclosure open`;
        expect(await axeViolations(page), where).toEqual([]);
        expect(problems, where).toEqual({ external: [], failed: [], errors: [] });
      }
    }
  });
});

test('with JavaScript disabled every page shows the same content', async () => {
  const { page: on, problems } = recordedTab();
  await Promise.all([on.setViewportSize(VIEWPORTS[2]), on.emulateMedia({ colorScheme: 'light' })]);
  for (const pagePath of pages) {
    const [off] = await Promise.all([
      chromium.open(pagePath, { javaScriptEnabled: false }),
      visit(on, chromium.site.url + pagePath),
    ]);
    const text = await off.locator('main').innerText();
    expect(text.length, pagePath).toBeGreaterThan(20);
    expect(text, pagePath).toBe(await on.locator('main').innerText());
  }
  expect(problems).toEqual({ external: [], failed: [], errors: [] });
});

test('the skip link is the first stop, is visible when focused, and moves focus to main', async () => {
  const { page } = recordedTab();
  for (const pagePath of pages) {
    await visit(page, chromium.site.url + pagePath);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('class'), pagePath).toBe('skip-link');
    expect(await focused.isVisible(), pagePath).toBe(true);
    const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline, pagePath).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id), pagePath).toBe('main');
  }
});

test('the theme toggle follows the system, switches theme, and remembers the choice', async () => {
  // A tab of its own: the choice it saves would outlast the test in a shared one.
  const context = await chromium.browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await visit(page, chromium.site.url);
  const toggle = page.locator('.theme-toggle');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  expect(await background()).toBe('rgb(253, 252, 249)');
  await toggle.click();
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');
  expect(await background()).toBe('rgb(20, 22, 26)');
  // The saved choice is applied by the head script before the page is shown.
  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  expect(await background()).toBe('rgb(20, 22, 26)');
  await context.close();
});

test('without JavaScript there is no toggle and the system theme applies', async () => {
  const page = await chromium.open('', { colorScheme: 'dark', javaScriptEnabled: false });
  expect(await page.locator('.theme-toggle').count()).toBe(0);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 26)');
});
