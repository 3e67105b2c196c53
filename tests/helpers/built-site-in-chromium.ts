/**
 * Chromium and the built site served, for the browser tests of one file:
 * both started before its first test and closed after its last.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './browser';
import { serveSite, type StaticSite } from './serve';

export interface BuiltSiteInChromium {
  browser: Browser;
  site: StaticSite;
}

/** Registers the file's setup and teardown; the fields are set once its tests run. */
export function builtSiteInChromium(): BuiltSiteInChromium {
  const session = {} as BuiltSiteInChromium;
  beforeAll(async () => {
    [session.browser, session.site] = await Promise.all([launchChromium(), serveSite(inject('dist'))]);
  });
  afterAll(async () => {
    // Either may be missing when the setup failed: the failure is the report, not this teardown.
    await (session.browser as Browser | undefined)?.close();
    await (session.site as StaticSite | undefined)?.close();
  });
  return session;
}
