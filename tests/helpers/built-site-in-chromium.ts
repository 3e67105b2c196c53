/**
 * The run's Chromium and the built site served, for the browser tests of one
 * file: connected and started before its first test, closed after its last.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { visit } from './gates/requests';
import { serveSite, type StaticSite } from './serve';

/** The run's Chromium (started by tests/global-setup.ts); closing the connection leaves it to the other files. */
export function connectChromium(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

/** How a page is shown: the window's size, the system's theme, and whether scripts run. */
export interface View {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
}

export interface BuiltSiteInChromium {
  browser: Browser;
  site: StaticSite;
  /**
   * The file's tab, loaded afresh with `pagePath` (below the site's root) in
   * `view`: 1280 × 800, light and scripts on unless asked otherwise. One tab
   * serves every test of the file (one with scripts, one without): each new
   * tab starts a renderer, which costs more than the visit itself. A test
   * that changes the tab's size or emulated media (print, theme) gets them
   * reset by the next `open`; the page itself is loaded again.
   */
  open: (pagePath: string, view?: View) => Promise<Page>;
}

/** Registers the file's setup and teardown; the fields are set once its tests run. */
export function builtSiteInChromium(): BuiltSiteInChromium {
  const tabs = new Map<boolean, Promise<Page>>();
  const session: BuiltSiteInChromium = {
    browser: undefined as unknown as Browser,
    site: undefined as unknown as StaticSite,
    async open(pagePath, { width = 1280, height = 800, colorScheme = 'light', javaScriptEnabled = true } = {}) {
      let tab = tabs.get(javaScriptEnabled);
      if (!tab) {
        tab = session.browser.newContext({ javaScriptEnabled }).then((context) => context.newPage());
        tabs.set(javaScriptEnabled, tab);
      }
      const page = await tab;
      await Promise.all([page.setViewportSize({ width, height }), page.emulateMedia({ colorScheme, media: null })]);
      const url = session.site.url + pagePath;
      // An address that differs from the tab's only after "#" would scroll the old page, not load it.
      if (url.includes('#') && url.split('#')[0] === page.url().split('#')[0]) await page.goto('about:blank');
      await visit(page, url);
      return page;
    },
  };
  beforeAll(async () => {
    [session.browser, session.site] = await Promise.all([connectChromium(), serveSite(inject('dist'))]);
  });
  afterAll(async () => {
    // Either may be missing when the setup failed: the failure is the report, not this teardown.
    await (session.browser as Browser | undefined)?.close();
    await (session.site as StaticSite | undefined)?.close();
  });
  return session;
}
