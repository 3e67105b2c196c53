/**
 * Two stories side by side, in the shared edited build: the real one and an
 * invented one (tests/fixtures/second-story) with its own seed, companies,
 * people, sources, events and claims. Neither page, data file, share image
 * text or JSON-LD may show anything of the other story, and each page's "as
 * of", caption and method notes come from its own story.md. The seeds that
 * no story tells (tests/fixtures/seeds/valid) must say nothing of checking.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { beforeAll, describe, expect, test } from 'vitest';
import { all, one, readPage, text } from '../helpers/html';
import { repoRoot } from '../helpers/project';
import { editedBuild, SECOND_STORY } from '../helpers/shared-builds';

const FIRST = {
  slug: 'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk',
  storyFile: 'content/stories/winning-ai-race-was-never-possible-for-anthropic-says-elon-musk/story.md',
};
const SECOND = {
  slug: SECOND_STORY.slug,
  storyFile: `${SECOND_STORY.fixture}/content/stories/${SECOND_STORY.slug}/story.md`,
};
const DATA_FILES = ['companies.csv', 'companies.json', 'timeline.json', 'claims.json'];
const PLAIN_PAGES = ['a-story-without-a-footer', 'markup-stays-text-b-here-b', 'windows-line-ends-story'];

interface StoryData {
  asOf: string;
  methodNotes?: { checking?: string[]; exchange?: string[]; sources?: string[] };
}

/** Everything a story publishes: its page (parsed and raw), its list of sources, and its data files. */
interface Published {
  page: Root;
  html: string;
  sources: { page: Root; html: string };
  data: Record<string, string>;
  story: StoryData;
}

let outDir: string;
const published: Record<'first' | 'second', Published> = {} as Record<'first' | 'second', Published>;

async function publish(slug: string, storyFile: string): Promise<Published> {
  const html = await readFile(path.join(outDir, slug, 'index.html'), 'utf8');
  const sources = {
    page: await readPage(outDir, `${slug}/sources/index.html`),
    html: await readFile(path.join(outDir, slug, 'sources', 'index.html'), 'utf8'),
  };
  const data = Object.fromEntries(
    await Promise.all(
      DATA_FILES.map(async (name) => [name, await readFile(path.join(outDir, 'data', slug, name), 'utf8')] as const),
    ),
  );
  const story = parseFrontmatter(await readFile(path.join(repoRoot, storyFile), 'utf8')).frontmatter as StoryData;
  return { page: await readPage(outDir, `${slug}/index.html`), html, sources, data, story };
}

/**
 * What only `story` publishes: its companies' names, its people, its events'
 * ids, its sources' addresses, its claims' words, its "as of" and its notes.
 */
function fingerprints({ data, story }: Published): string[] {
  const companies = JSON.parse(data['companies.json'] ?? '{}') as { companies: { name: string }[] };
  const events = JSON.parse(data['timeline.json'] ?? '[]') as { id: string; actor: string | null; sources: string[] }[];
  const claims = JSON.parse(data['claims.json'] ?? '[]') as { quote: string; sources: string[] }[];
  return [
    ...companies.companies.map((company) => company.name),
    ...events.flatMap((event) => [event.id, event.actor ?? '', ...event.sources]),
    ...claims.flatMap((claim) => [claim.quote, ...claim.sources]),
    story.asOf,
    ...Object.values(story.methodNotes ?? {}).flat(),
  ].filter((value) => value.length > 0);
}

beforeAll(async () => {
  ({ outDir } = await editedBuild());
  published.first = await publish(FIRST.slug, FIRST.storyFile);
  published.second = await publish(SECOND.slug, SECOND.storyFile);
});

describe('two stories side by side', () => {
  test.each([
    ['first', 'second'],
    ['second', 'first'],
  ] as const)('nothing of the %s story appears on the %s story’s page or in its data files', (from, on) => {
    const marks = fingerprints(published[from]);
    expect(marks.length).toBeGreaterThan(8);
    const target = published[on];
    // The raw HTML holds the share image's alt text, the description and the JSON-LD too.
    const bodies = [['page', target.html], ['list of sources', target.sources.html], ...Object.entries(target.data)];
    for (const [where, body] of bodies as [string, string][]) {
      const found = marks.filter((mark) => body.includes(mark) || body.includes(JSON.stringify(mark).slice(1, -1)));
      expect(found, `${on} story, ${where}`).toEqual([]);
    }
  });

  test('each page shows its own events, companies, claims and sources only', () => {
    const count = (page: Root, selector: string) => all(page, selector).length;
    const { first, second } = published;
    expect([first, second].map(({ page }) => count(page, 'li[id^="event-"]'))).toEqual([23, 2]);
    expect([first, second].map(({ page }) => count(page, 'table.company-table tbody tr'))).toEqual([5, 2]);
    expect([first, second].map(({ page }) => count(page, '.claim-notes > li'))).toEqual([19, 2]);
    expect(count(second.sources.page, '.source-list > li')).toBe(2);
    expect(all(second.page, 'ol.thread h3 > b').map(text)).toEqual(['Ada Quill', 'Bo Fennel']);
  });

  test('each caption and "as of" comes from the story’s own asOf', () => {
    for (const { page, story } of Object.values(published)) {
      expect(text(one(page, '#companies-caption'))).toMatch(
        new RegExp(`companies in the article, as of ${story.asOf}$`),
      );
      expect(text(one(page, '.explainer-header .meta'))).toContain(`as of ${story.asOf}.`);
      expect(text(one(page, '#how-we-checked'))).toContain(`Data as of ${story.asOf};`);
    }
    expect(text(one(published.second.page, '#companies-caption'))).toBe(
      'The two companies in the article, as of early March 2031',
    );
  });

  test('each page’s method notes are its story’s own, and a story without a note shows none', () => {
    for (const { page, sources, story } of Object.values(published)) {
      const notes = story.methodNotes ?? {};
      expect(all(sources.page, '.sources-page > p.section-note').map(text)).toEqual(
        notes.sources ? [notes.sources.join(' ')] : [],
      );
      const checking = text(one(page, '#how-we-checked li'));
      for (const note of notes.checking ?? []) expect(checking).toContain(note);
      expect(all(page, '#exchange > p.section-note').map(text)).toEqual(
        notes.exchange ? [notes.exchange.join(' ')] : [],
      );
      expect(all(page, '#sources > p.section-note').map(text)).toEqual(notes.sources ? [notes.sources.join(' ')] : []);
    }
  });

  test('the stake column is named after each story’s subject', () => {
    const lastHeader = (page: Root) => text(all(page, 'table.company-table thead th').at(-1)!);
    expect(lastHeader(published.first.page)).toBe('Stake in Anthropic (%)');
    expect(lastHeader(published.second.page)).toBe('Stake in Marrowbyte (%)');
  });

  test('the second story’s table has only the columns its companies have data for', () => {
    expect(all(published.second.page, 'table.company-table thead th').map(text)).toEqual([
      'Company',
      'Role in the story',
      'Valuation, latest private round (US$, post-money)',
      'Revenue run-rate, whole company (US$ a year)',
      'Stake in Marrowbyte (%)',
    ]);
  });
});

describe('a story with a claim not yet checked', () => {
  const second = () => published.second;

  test('says how many of its claims are checked, never that the whole was checked', () => {
    expect(text(one(second().page, '.explainer-header .meta'))).toContain(
      '1 of 2 claims checked so far; data as of early March 2031.',
    );
    expect(second().html).not.toMatch(/checked against sourced data/i);
    expect(text(one(second().page, '#how-we-checked'))).toContain(
      '1 of 2 claims of the article checked: 1 wrong. 1 not yet checked.',
    );
  });

  test('shows the claim as "Not yet checked", in the article and in its note', () => {
    const note = one(second().page, '#claim-02');
    expect(text(one(note, '.verdict-tag'))).toBe('○ Not yet checked');
    const mark = one(second().page, '#claim-02-text');
    expect(mark.properties['className']).toEqual(['claim', 'verdict-unchecked']);
  });

  test('reviews only its checked claim in the structured data', () => {
    const graph = (
      JSON.parse(text(one(second().page, 'script[type="application/ld+json"]'))) as {
        '@graph': { '@type': string; claimReviewed?: string }[];
      }
    )['@graph'];
    expect(graph.filter((node) => node['@type'] === 'ClaimReview').map((node) => node.claimReviewed)).toEqual([
      'Marrowbyte is now worth $40 billion',
    ]);
  });

  test('has a share image whose text claims no whole check', () => {
    const alt = String(one(second().page, 'meta[property="og:image:alt"]').properties['content']);
    expect(alt).toMatch(/^Explainer: Marrowbyte Will Never Catch Glimmerworks/);
    expect(alt).toContain('is marked wrong');
  });
});

describe('a seed that no story tells', () => {
  test.each(PLAIN_PAGES)('%s says nothing of checking: text, footer, description, share image', async (slug) => {
    const html = await readFile(path.join(outDir, slug, 'index.html'), 'utf8');
    expect(html).not.toMatch(/check/i);
    const page = await readPage(outDir, `${slug}/index.html`);
    expect(one(page, 'meta[property="og:image"]').properties['content']).toBe('https://example.org/share/article.png');
    expect(text(one(page, 'footer.site-footer'))).toBe(
      'The Explainer: the article above is reproduced exactly as published.',
    );
  });

  test('is in the RSS feed, described by its own first paragraph', async () => {
    const feed = await readFile(path.join(outDir, 'rss.xml'), 'utf8');
    expect(feed).toContain('<link>https://example.org/a-story-without-a-footer/</link>');
    expect(feed).toContain('<description>It has one paragraph and no category line at the end.</description>');
  });
});
