/**
 * The explainer as a reader first gets it, in Chromium, with every disclosure
 * closed: the verdicts and the exchange near the top, the page half as tall
 * as when it showed everything at once, and nothing wider than a phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtSiteInChromium } from '../helpers/built-site-in-chromium';
import { visit } from '../helpers/gates/requests';

const SLUG = 'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk';

/**
 * Each width with its screen height, the most screens a reader scrolls to
 * reach the verdict card and the exchange's first post, and the page's height
 * budget: half of what it was when the page showed everything at once
 * (23,854 px at 1280 px, 34,884 px at 375 px).
 */
const LAYOUTS = [
  { width: 1280, height: 900, screens: 2, maxHeight: 11_927 },
  { width: 375, height: 800, screens: 3, maxHeight: 17_442 },
] as const;

const chromium = builtSiteInChromium();

const openExplainer = (width: number, height: number, colorScheme: 'light' | 'dark' = 'light') =>
  chromium.open(`${SLUG}/`, { width, height, colorScheme });

/** Where an element starts, in CSS pixels from the top of the page. */
const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);

describe.each(LAYOUTS)('at $width × $height', ({ width, height, screens, maxHeight }) => {
  test(`the verdict card and the exchange's first post start within ${screens} screens`, async () => {
    const page = await openExplainer(width, height);
    expect(await top(page, '#verdicts')).toBeLessThan(screens * height);
    expect(await top(page, '#exchange .thread > li')).toBeLessThan(screens * height);
  });

  test(`with every disclosure closed the page is at most ${maxHeight} px tall`, async () => {
    const page = await openExplainer(width, height);
    expect(await page.locator('details[open]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(maxHeight);
  });
});

describe.each([375, 320])('at %i px', (width) => {
  test.each(['light', 'dark'] as const)(
    'nothing needs horizontal scrolling, with every disclosure open or closed (%s theme)',
    async (colorScheme) => {
      const page = await openExplainer(width, 800, colorScheme);
      const tooWide = () =>
        page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')].filter(
            (element) => element.getBoundingClientRect().right > limit + 0.5 && !element.closest('.visually-hidden'),
          );
          return {
            page: document.documentElement.scrollWidth - limit,
            elements: wide.slice(0, 5).map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
          };
        });
      expect(await tooWide()).toEqual({ page: 0, elements: [] });
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      expect(await tooWide()).toEqual({ page: 0, elements: [] });
    },
  );
});

test('on paper every disclosure is open, and the list of sources prints each address', async () => {
  const page = await openExplainer(794, 1123);
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() =>
    [...document.querySelectorAll('details > :not(summary)')]
      .filter((element) => element.getBoundingClientRect().height === 0)
      .map((element) => element.closest('[id]')?.id ?? element.tagName),
  );
  expect(hidden).toEqual([]);
  await visit(page, `${chromium.site.url}${SLUG}/sources/`);
  const first = page.locator('.source-list > li').first();
  expect(await first.isVisible()).toBe(true);
  // The address follows each link on paper, where it cannot be followed.
  const address = await first
    .locator('a')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(address).toMatch(/^" \(" attr\(href\) "\)"$|^" \(https:/);
});
