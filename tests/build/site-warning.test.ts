/**
 * Deployers are told what matters: a build without SITE says once that
 * absolute URLs will name the placeholder host, and a build with SITE says
 * nothing of it. Both read builds the run makes anyway.
 */
import { expect, test } from 'vitest';
import { mainBuild, subPathBuild } from '../helpers/shared-builds';

const WARNING =
  '[WARN] [site-warning] SITE is not set: canonical, Open Graph, RSS and sitemap URLs will use the placeholder host https://example.org. ' +
  'Set SITE to the address the site will live at, e.g. SITE=https://your.domain npm run build.';

test('a build with SITE unset warns once that URLs will use the placeholder host', async () => {
  const { output } = await mainBuild();
  expect(output).toContain(WARNING);
  expect(output.split('SITE is not set').length - 1).toBe(1);
});

test('a build with SITE set does not warn about it', async () => {
  const { output } = await subPathBuild();
  expect(output).not.toContain('SITE is not set');
});
