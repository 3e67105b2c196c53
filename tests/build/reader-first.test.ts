/**
 * The explainer as a reader first meets it, read from the built page with a
 * real parser: sources they can judge, and who stands behind the page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { fromXml } from 'xast-util-from-xml';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { all, one, readPage, text } from '../helpers/html';
import { repoRoot } from '../helpers/project';
import { xmlElements, xmlText } from '../helpers/xml';

const SLUG = 'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk';
const dist = inject('dist');

let page: Root;
beforeAll(async () => {
  page = await readPage(dist, `${SLUG}/index.html`);
});

const jsonLdGraph = () =>
  (JSON.parse(text(one(page, 'script[type="application/ld+json"]'))) as { '@graph': Record<string, unknown>[] })[
    '@graph'
  ];

describe('the sources', () => {
  /** The explainer's list of sources, a page of its own. */
  const LIST = `/${SLUG}/sources/`;
  let list: Root;
  /** Each source's address in the bibliography, by id. */
  let urls: Map<string, string>;
  beforeAll(async () => {
    list = await readPage(dist, `${SLUG}/sources/index.html`);
    const bibliography = parseYaml(await readFile(path.join(repoRoot, 'content/sources.yaml'), 'utf8')) as {
      id: string;
      url: string;
    }[];
    urls = new Map(bibliography.map((source) => [source.id, source.url]));
  });

  const entries = () => all(list, '.source-list > li');
  const listed = () => entries().map((item) => String(item.properties['id']));
  /** The entry of the source `id` of content/sources.yaml, found by its address. */
  const entryOf = (id: string) => entries().find((item) => one(item, 'a').properties['href'] === urls.get(id));
  /** The entries the explainer's citations lead to, in the order a reader meets them. */
  const citedInOrder = () => [
    ...new Set(
      all(page, `a[href^="${LIST}#source-"]`).map((link) => String(link.properties['href']).slice(LIST.length + 1)),
    ),
  ];

  test('are numbered in the order a reader first meets their citations, and each citation says its number', () => {
    const cited = citedInOrder();
    expect(cited.length).toBeGreaterThan(10);
    expect(cited).toEqual(cited.map((_, index) => `source-${index + 1}`));
    expect(listed()).toEqual(cited);
    for (const [index, id] of cited.entries()) {
      for (const link of all(page, `a[href="${LIST}#${id}"]`)) {
        // Citations say "Source 3: …"; a wording label names the publisher alone.
        if (text(link).startsWith('Source ')) expect(text(link)).toMatch(new RegExp(`^Source ${index + 1}: `));
      }
    }
  });

  test('cite in number order wherever a place cites several', () => {
    for (const refs of all(page, '.source-refs')) {
      const numbers = all(refs, 'a').map((link) => Number(/#source-(\d+)$/.exec(String(link.properties['href']))?.[1]));
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
  });

  test('lists no source the page does not cite', () => {
    const cited = new Set(citedInOrder());
    for (const id of listed()) expect(cited, id).toContain(id);
  });

  test('say each citation’s publisher and date in the link’s own words, its accessible name', () => {
    const release = all(page, '.source-refs a').filter((link) =>
      /^Source \d+: Anthropic, 2 Sept 2025$/.test(text(link)),
    );
    expect(release.length).toBeGreaterThan(3);
    const article = all(page, '.source-refs a').filter((link) =>
      /^Source 1: OfficeChai, date not shown$/.test(text(link)),
    );
    expect(article.length).toBeGreaterThan(0);
    // Nothing overrides the words: no aria-label, and no tooltip to say them again.
    for (const link of all(page, '.source-refs a')) {
      expect(link.properties['ariaLabel']).toBeUndefined();
      expect(link.properties['title']).toBeUndefined();
    }
    expect(text(entryOf('anthropic-series-f')!)).toContain('Anthropic');
  });

  test('show a page’s own title where one was seen, else the publisher and the site', () => {
    const name = (id: string) => text(one(entryOf(id)!, 'a'));
    expect(name('india-today-2025-09-25')).toBe(
      'Elon Musk says he never claimed OpenAI had zero chance to beat Google, truth is somewhere in the middle',
    );
    expect(name('qz-2024-11-22')).toBe('Quartz (qz.com)');
    expect(name('aibase-21446')).not.toContain('21446');
  });

  test('say which pages were not retrieved, and only those', () => {
    const notRetrieved = entries().filter((item) => text(item).includes('Not retrieved'));
    const expected = ['anthropic-series-f', 'nyt-2025-03-11', 'openai-elon-musk', 'openai-five-new-stargate-sites']
      .map(entryOf)
      .filter((item) => item !== undefined);
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(notRetrieved)).toEqual(new Set(expected));
  });

  test('are a page of their own, one click from the explainer’s sources section, and link back', () => {
    const link = one(page, `#sources a[href="${LIST}"]`);
    expect(text(link)).toBe(`The ${listed().length} sources, numbered in the order this page first cites them`);
    expect(text(one(list, 'h1'))).toBe('Sources');
    expect(one(list, `.lede a[href="/${SLUG}/"]`)).toBeDefined();
  });
});

describe('who stands behind the page', () => {
  test('a byline names the desk, with the dates the explainer was published and updated', () => {
    const byline = one(page, '.byline');
    expect(text(byline)).toBe('By The Explainer desk · Published 27 Nov 2026 · Updated 29 Nov 2026');
    expect(all(byline, 'time').map((time) => time.properties['dateTime'])).toEqual(['2026-11-27', '2026-11-29']);
  });

  test('the JSON-LD names the same author and dates', () => {
    expect(jsonLdGraph()[0]).toMatchObject({
      '@type': 'NewsArticle',
      author: { '@type': 'Organization', name: 'The Explainer desk' },
      datePublished: '2026-11-27',
      dateModified: '2026-11-29',
    });
  });

  test('the feed gives the explainer’s publication date, its author and its last update', async () => {
    const feed = fromXml(await readFile(path.join(dist, 'rss.xml'), 'utf8'));
    const item = xmlElements(feed, 'item').find((entry) =>
      xmlElements(entry, 'link').some((link) => xmlText(link).endsWith(`/${SLUG}/`)),
    );
    if (!item) throw new Error('the explainer is not in the feed');
    expect(xmlText(xmlElements(item, 'pubDate')[0]!)).toBe('Fri, 27 Nov 2026 00:00:00 GMT');
    expect(xmlText(xmlElements(item, 'dc:creator')[0]!)).toBe('The Explainer desk');
    expect(xmlText(xmlElements(item, 'dc:date')[0]!)).toBe('2026-11-29');
  });

  test('a corrections note says how to report an error', () => {
    const heading = one(page, '#corrections');
    expect(text(heading)).toBe('Corrections');
    const report = all(page, 'a[href^="mailto:"]');
    expect(report.map((link) => link.properties['href'])).toEqual(['mailto:corrections@example.org']);
  });

  test('the data’s licence is on the page and in a README beside the data files', async () => {
    const data = one(page, '#data');
    expect(one(data, 'a[href="https://creativecommons.org/licenses/by/4.0/"]')).toBeTruthy();
    const readmeLink = all(data, 'a').find((link) => String(link.properties['href']).endsWith('/README.md'));
    expect(readmeLink?.properties['href']).toBe(`/data/${SLUG}/README.md`);
    const readme = await readFile(path.join(dist, 'data', SLUG, 'README.md'), 'utf8');
    expect(readme).toContain('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    for (const file of ['companies.csv', 'companies.json', 'timeline.json', 'claims.json']) {
      expect(readme).toContain(`\`${file}\``);
    }
  });
});
