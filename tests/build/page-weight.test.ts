import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, inject, test } from 'vitest';
import { all, readPage } from '../helpers/html';

const SLUG = 'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk';
/** The page budget of `npm run bench` (tests/bench/bench.ts), counted the same way. */
const PAGE_BYTES = 30 * 1024;
const dist = inject('dist');

test('the explainer stays within its 30 KB gzip budget, with the stylesheets and scripts it loads', async () => {
  const html = await readFile(path.join(dist, SLUG, 'index.html'));
  const page = await readPage(dist, path.join(SLUG, 'index.html'));
  const files = all(page, 'link[rel~="stylesheet"], script[src]').map((element) =>
    String(element.properties['href'] ?? element.properties['src']),
  );
  const sizes = await Promise.all(
    files.map(async (file) => gzipSync(await readFile(path.join(dist, file.replace(/^\//, '')))).length),
  );
  const total = gzipSync(html).length + sizes.reduce((sum, size) => sum + size, 0);
  expect(total).toBeLessThanOrEqual(PAGE_BYTES);
});
