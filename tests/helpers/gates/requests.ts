/**
 * The privacy and health gate for one browser context: every request that
 * leaves the local server, fails, or gets an error status, and every console
 * error, is recorded. Requests to other hosts are aborted before they leave
 * the machine, and still recorded.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface PageProblems {
  /** Requests to any host other than the local server. */
  external: string[];
  /** Requests that failed or answered 400 or more. */
  failed: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export async function recordProblems(context: BrowserContext, localOrigin: string): Promise<PageProblems> {
  const problems: PageProblems = { external: [], failed: [], errors: [] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === localOrigin || url.startsWith('data:')) {
      await route.continue();
    } else {
      problems.external.push(url);
      await route.abort('blockedbyclient');
    }
  });
  context.on('requestfailed', (request) => {
    if (!problems.external.includes(request.url()))
      problems.failed.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.failed.push(`${response.url()} (HTTP ${response.status()})`);
  });
  context.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  context.on('weberror', (error) => problems.errors.push(error.error().message));
  return problems;
}

/**
 * Opens `url` and waits for its load event: the page and everything it loads
 * (stylesheets, images) are done. Not "networkidle", which adds half a second
 * of quiet to every visit; our pages start no request after load, and the CSP
 * would refuse one to another host.
 */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
}
