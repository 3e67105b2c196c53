/**
 * Sharing and feeds, in a build under a sub-path: every absolute URL a
 * page, the sitemap, the feed or robots.txt gives must carry the base.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromXml } from 'xast-util-from-xml';
import { xmlElements, xmlText } from '../helpers/xml';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { all, one, readPage, text } from '../helpers/html';
import { SUB_PATH, subPathBuild } from '../helpers/shared-builds';

const BASE = SUB_PATH.base;
const ROOT = `${SUB_PATH.site}${BASE}`;
const SLUG = 'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk';

let outDir: string;
beforeAll(async () => {
  ({ outDir } = await subPathBuild());
});

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(file: string) {
  const bytes = await readFile(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('sharing under a sub-path', () => {
  test('the explainer’s canonical, og:url and og:image carry the base', async () => {
    const page = await readPage(outDir, `${SLUG}/index.html`);
    const meta = (property: string) => one(page, `meta[property="${property}"]`).properties['content'];
    expect(one(page, 'link[rel="canonical"]').properties['href']).toBe(`${ROOT}${SLUG}/`);
    expect(meta('og:url')).toBe(`${ROOT}${SLUG}/`);
    expect(meta('og:image')).toBe(`${ROOT}share/${SLUG}.png`);
    expect(meta('og:type')).toBe('article');
    expect(String(meta('og:image:alt'))).toContain('marked wrong: Sourced: over $5 billion (Aug 2025)');
    expect(one(page, 'meta[name="twitter:card"]').properties['content']).toBe('summary_large_image');
    expect(one(page, 'meta[name="twitter:image"]').properties['content']).toBe(`${ROOT}share/${SLUG}.png`);
  });

  test('other pages use the site-wide share image; the 404 page has no canonical', async () => {
    const home = await readPage(outDir, 'index.html');
    expect(one(home, 'meta[property="og:image"]').properties['content']).toBe(`${ROOT}share/site.png`);
    expect(one(home, 'link[rel="canonical"]').properties['href']).toBe(ROOT);
    const notFound = await readPage(outDir, '404.html');
    expect(all(notFound, 'link[rel="canonical"]')).toEqual([]);
  });

  test('the share images are 1200×630 PNGs', async () => {
    expect(await pngSize(path.join(outDir, 'share', `${SLUG}.png`))).toEqual({ width: 1200, height: 630 });
    expect(await pngSize(path.join(outDir, 'share', 'site.png'))).toEqual({ width: 1200, height: 630 });
  });

  test('the favicon is an inline SVG (no request), with a 32×32 PNG fallback and an SVG file', async () => {
    const home = await readPage(outDir, 'index.html');
    expect(all(home, 'link[rel="icon"]').map((link) => link.properties['href'])).toEqual([
      `data:image/svg+xml,${encodeURIComponent(await readFile(path.join(outDir, 'favicon.svg'), 'utf8'))}`,
      `${BASE}favicon.png`,
    ]);
    expect(await pngSize(path.join(outDir, 'favicon.png'))).toEqual({ width: 32, height: 32 });
  });
});

describe('feeds and crawlers under a sub-path', () => {
  test('the RSS feed is XML with one item per explainer, linking under the base', async () => {
    const feed = fromXml(await readFile(path.join(outDir, 'rss.xml'), 'utf8'));
    const items = xmlElements(feed, 'item');
    expect(items).toHaveLength(1);
    expect(xmlText(xmlElements(items[0]!, 'link')[0]!)).toBe(`${ROOT}${SLUG}/`);
    expect(xmlText(xmlElements(items[0]!, 'title')[0]!)).toBe(
      'Winning AI Race Was Never Possible For Anthropic, Says Elon Musk',
    );
    const home = await readPage(outDir, 'index.html');
    expect(one(home, 'link[rel="alternate"][type="application/rss+xml"]').properties['href']).toBe(`${BASE}rss.xml`);
  });

  test('every sitemap URL carries the base, and the 404 page is not listed', async () => {
    const index = fromXml(await readFile(path.join(outDir, 'sitemap-index.xml'), 'utf8'));
    const sitemaps = xmlElements(index, 'loc').map(xmlText);
    expect(sitemaps).toEqual([`${ROOT}sitemap-0.xml`]);
    const sitemap = fromXml(await readFile(path.join(outDir, 'sitemap-0.xml'), 'utf8'));
    expect(xmlElements(sitemap, 'loc').map(xmlText)).toEqual([ROOT, `${ROOT}${SLUG}/`, `${ROOT}${SLUG}/sources/`]);
  });

  test('robots.txt points at the sitemap under the base', async () => {
    expect(await readFile(path.join(outDir, 'robots.txt'), 'utf8')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${ROOT}sitemap-index.xml\n`,
    );
  });
});

test('the share image of the root build shows the checked figure (alt text says so)', async () => {
  const page = await readPage(inject('dist'), `${SLUG}/index.html`);
  expect(text(one(page, 'title'))).toContain('The Explainer');
  expect(String(one(page, 'meta[property="og:image:alt"]').properties['content'])).toContain('100×');
});
