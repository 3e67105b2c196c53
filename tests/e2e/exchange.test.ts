/**
 * The exchange in real Chromium: what only a browser shows. The events
 * before and around the thread sit in a closed <details>, and links lead
 * into it (a check's "checked against", a shared address): following one
 * must open the disclosure and show the event, with JavaScript on or off
 * (Chromium opens a <details> on fragment navigation to content inside it
 * since version 97). The thread and its evidence, opened, are checked with
 * axe in both themes by the page gate (pages.test.ts), and for sideways
 * scrolling on a phone by reader-first.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtSiteInChromium } from '../helpers/built-site-in-chromium';
import { visit } from '../helpers/gates/requests';

const SLUG = 'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk';
const EMAIL = 'event-2018-12-26-musk-email-0-percent-not-1-percent';
const ALTMAN = 'event-2025-09-10-altman-says-musk-gave-openai-0-percent-chance';
const DENIAL = 'event-2025-09-23-musk-says-no-i-never-said-that';

const chromium = builtSiteInChromium();

/** Whether the element `id` is shown, in the viewport, inside an open disclosure. */
const revealed = (page: Page, id: string) =>
  page.evaluate((target) => {
    const element = document.getElementById(target);
    const box = element?.getBoundingClientRect();
    return {
      open: element?.closest('details.around')?.hasAttribute('open') ?? false,
      visible: box !== undefined && box.height > 0 && box.top >= -1 && box.top < window.innerHeight,
    };
  }, id);

describe.each([
  ['on', true],
  ['off', false],
] as const)('with JavaScript %s', (_, javaScriptEnabled) => {
  test('an address that points into the closed list of events opens it and shows the event', async () => {
    const page = await chromium.open(`${SLUG}/`, { javaScriptEnabled, height: 900 });
    expect(await revealed(page, EMAIL)).toEqual({ open: false, visible: false });
    // The same page, now at the address: a fragment navigation, as when a reader follows a link.
    await visit(page, `${chromium.site.url}${SLUG}/#${EMAIL}`);
    expect(await revealed(page, EMAIL)).toEqual({ open: true, visible: true });
  });

  test('a check’s “checked against” link opens the closed list and shows the event it names', async () => {
    const page = await chromium.open(`${SLUG}/`, { javaScriptEnabled, width: 375 });
    await page.locator(`#${DENIAL} .evidence > summary`).click();
    await page.locator(`#${DENIAL} .check-reasoning a[href="#${ALTMAN}"]`).click();
    await expect.poll(() => revealed(page, ALTMAN)).toEqual({ open: true, visible: true });
  });
});

test('a quote link of the article leads to its post in the thread, shown', async () => {
  const page = await chromium.open(`${SLUG}/`, { height: 900 });
  const link = page.locator('.article-body a.quote-link').first();
  const target = String(await link.getAttribute('href')).slice(1);
  await link.click();
  await expect
    .poll(() =>
      page.evaluate((id) => {
        const box = document.getElementById(id)?.getBoundingClientRect();
        return box !== undefined && box.height > 0 && box.top >= -1 && box.top < window.innerHeight;
      }, target),
    )
    .toBe(true);
});
