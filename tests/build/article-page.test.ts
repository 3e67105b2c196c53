import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { Root } from 'hast';
import { all, one, readPage, text } from '../helpers/html';
import { repoRoot } from '../helpers/project';

const SLUG = 'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk';
const dist = inject('dist');

// The seed read by hand, independently of the site's parser: title, blank
// line, paragraphs separated by blank lines, footer line last.
async function readSeedByHand() {
  const raw = await readFile(path.join(repoRoot, 'seeds/000_d2ade5a4050b47a8.txt'), 'utf8');
  const blocks = raw.trimEnd().split('\n\n');
  return { title: blocks[0], paragraphs: blocks.slice(1, -1), footer: blocks.at(-1) };
}

let page: Root;
let seed: Awaited<ReturnType<typeof readSeedByHand>>;

beforeAll(async () => {
  page = await readPage(dist, `${SLUG}/index.html`);
  seed = await readSeedByHand();
});

describe('the article page', () => {
  test('the seed title is the only h1', () => {
    expect(all(page, 'h1').map(text)).toEqual([seed.title]);
  });

  test('every seed paragraph appears verbatim and in order once the inserted annotations are removed', () => {
    const body = structuredClone(one(page, '.article-body'));
    for (const annotation of all(body, '[data-annotation]')) {
      annotation.children = [];
    }
    expect(all(body, 'p').map(text)).toEqual(seed.paragraphs);
  });

  test('everything the site inserts into the paragraphs is marked data-annotation', () => {
    const annotations = all(page, '.article-body [data-annotation]');
    expect(annotations.length).toBeGreaterThanOrEqual(19);
    // With the annotations, the text differs from the seed: the removal above is what makes it equal.
    expect(all(page, '.article-body p').map(text)).not.toEqual(seed.paragraphs);
  });

  test('the quoted spans are marked as quotations', () => {
    expect(all(page, '.article-body q').map(text)).toEqual([
      '“Anthropic is going to lose :/”',
      '“Winning was never in the set of possible outcomes for Anthropic.”',
    ]);
  });

  test('the category from the footer is shown', () => {
    expect(seed.footer).toBe('Posted in AI');
    expect(text(one(page, '.kicker'))).toBe('Explainer · AI');
  });

  test('the article is attributed to its original publisher with a link', () => {
    const link = one(page, '.attribution a');
    expect(text(one(page, '.attribution'))).toContain('Originally published by OfficeChai');
    expect(link.properties['href']).toBe(
      'https://officechai.com/ai/winning-ai-race-was-never-possible-for-anthropic-says-elon-musk',
    );
  });

  test('the page has landmarks, a skip link, a language and a description', () => {
    expect(one(page, 'html').properties['lang']).toBe('en');
    for (const landmark of ['header', 'main#main', 'main article', 'footer']) one(page, landmark);
    expect(one(page, 'a.skip-link').properties['href']).toBe('#main');
    expect(one(page, 'meta[name="description"]').properties['content']).toMatch(/^Musk's reply, “Winning was never/);
    expect(text(one(page, 'title'))).toBe(`${seed.title} · The Explainer`);
  });
});

describe('the whole site', () => {
  test('the home page links to the article', async () => {
    const home = await readPage(dist, 'index.html');
    const hrefs = all(home, 'main a').map((a) => a.properties['href']);
    expect(hrefs).toContain(`/${SLUG}/`);
  });

  test('a 404 page is built', async () => {
    const notFound = await readPage(dist, '404.html');
    expect(text(one(notFound, 'h1'))).toBe('Page not found');
  });

  test('every script is JSON-LD data, a file from our own origin, or the theme script allowed by its hash', async () => {
    const pages = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const file of pages) {
      const tree = await readPage(dist, file);
      const csp = String(one(tree, 'meta[http-equiv="content-security-policy"]').properties['content']);
      const scripts = all(tree, 'script').filter((script) => script.properties['type'] !== 'application/ld+json');
      for (const script of scripts.filter((script) => script.properties['src'] !== undefined)) {
        expect(String(script.properties['src']), file).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      }
      const inline = scripts.filter((script) => script.properties['src'] === undefined);
      expect(inline, file).toHaveLength(1);
      const hash = createHash('sha256').update(text(inline[0]!)).digest('base64');
      expect(csp, file).toContain(`'sha256-${hash}'`);
    }
  });
});
