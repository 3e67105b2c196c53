/**
 * Debian's Chromium driven by playwright-core. A missing Chromium is a
 * failure with the fix in the message, never a skipped test.
 *
 * The browser tier starts one Chromium for the whole run (tests/global-setup.ts)
 * and each test file connects to it (helpers/built-site-in-chromium.ts):
 * starting Chromium costs about as much CPU as all a small file does with it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function launchOptions(): LaunchOptions {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${chromiumPath}. Install it with "apt-get update && apt-get install -y chromium", ` +
        'or set CHROMIUM_PATH to its path. (npx playwright install cannot work without network access.)',
    );
  }
  return {
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

/** A Chromium of its own, for a script outside the test run (the bench). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** The run's Chromium, which test files connect to; the global setup starts it and closes it. */
export async function launchChromiumServer(): Promise<BrowserServer> {
  // async: a missing Chromium is a rejection the caller's cleanup sees, not a throw before it.
  return chromium.launchServer(launchOptions());
}
