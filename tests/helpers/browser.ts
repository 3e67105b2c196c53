/**
 * Debian's Chromium driven by playwright-core. A missing Chromium is a
 * failure with the fix in the message, never a skipped test.
 *
 * The tests run Chromium's headless shell (Debian's `chromium-headless-shell`,
 * built from the same source and version as `chromium`): the same Blink and V8
 * without the desktop browser around them, which is what Playwright itself runs
 * for headless tests. On this suite it needs about a third less CPU than full
 * Chromium in headless mode. CHROMIUM_PATH=/usr/bin/chromium runs the tests in
 * full Chromium instead. The bench measures what readers get, so it runs full
 * Chromium (Lighthouse needs it).
 *
 * The browser tier starts one Chromium for the whole run (tests/global-setup.ts)
 * and each test file connects to it (helpers/built-site-in-chromium.ts):
 * starting Chromium costs about as much CPU as all a small file does with it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

/** The Chromium the tests run. */
const testChromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium-headless-shell';
/** The Chromium the bench runs: the browser readers have. */
export const fullChromiumPath = process.env['FULL_CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Fails with the command that installs the missing Debian package. */
function assertChromiumAt(executablePath: string, { variable, debianPackage }: ChromiumBinary): void {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. Install it with "apt-get update && apt-get install -y ${debianPackage}", ` +
        `or set ${variable} to its path. (npx playwright install cannot work without network access.)`,
    );
  }
}

interface ChromiumBinary {
  variable: 'CHROMIUM_PATH' | 'FULL_CHROMIUM_PATH';
  debianPackage: 'chromium-headless-shell' | 'chromium';
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function launchOptions(executablePath: string, binary: ChromiumBinary): LaunchOptions {
  assertChromiumAt(executablePath, binary);
  return { executablePath, args: CHROMIUM_FLAGS };
}

/** Full Chromium of its own, for the bench. */
export async function launchFullChromium(): Promise<Browser> {
  return chromium.launch(
    launchOptions(fullChromiumPath, { variable: 'FULL_CHROMIUM_PATH', debianPackage: 'chromium' }),
  );
}

/** The run's Chromium, which test files connect to; the global setup starts it and closes it. */
export async function launchChromiumServer(): Promise<BrowserServer> {
  // async: a missing Chromium is a rejection the caller's cleanup sees, not a throw before it.
  return chromium.launchServer(
    launchOptions(testChromiumPath, { variable: 'CHROMIUM_PATH', debianPackage: 'chromium-headless-shell' }),
  );
}
