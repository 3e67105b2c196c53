import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { all, one, readPage, text } from '../helpers/html';

const SLUG = 'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk';
const COMPANIES = ['Anthropic', 'xAI', 'OpenAI', 'Google (Alphabet)', 'Amazon (AWS)'];
const dist = inject('dist');

let page: Root;
beforeAll(async () => {
  page = await readPage(dist, `${SLUG}/index.html`);
});

/** The row header's company name, without the "subject" label. */
const rowName = (row: Element) => {
  const header = structuredClone(one(row, 'th[scope="row"]'));
  header.children = header.children.filter(
    (child) => !(child.type === 'element' && child.properties['className']?.toString().includes('subject-label')),
  );
  return text(header).trim();
};

describe('the comparison table', () => {
  test('is a real table with a caption, column scopes and the five companies as row headers', () => {
    const table = one(page, 'table.company-table');
    expect(text(one(table, 'caption'))).toBe('The five companies in the article, as of late September 2025');
    expect(all(table, 'thead th[scope="col"]').map(text)).toEqual([
      'Company',
      'Role in the story',
      'Valuation (US$)',
      'Revenue run-rate (US$ a year)',
      'Owns data centres',
      'Main compute and cloud partners',
      'Flagship products',
      'Consumer reach (users)',
      'Stake in Anthropic (%)',
    ]);
    expect(all(table, 'tbody tr').map(rowName)).toEqual(COMPANIES);
    expect(all(table, 'tbody tr').map((row) => row.properties['id'])).toEqual([
      'company-anthropic',
      'company-xai',
      'company-openai',
      'company-google',
      'company-amazon',
    ]);
  });

  test('sits in a keyboard-focusable, labelled scroll region', () => {
    const region = one(page, '.table-scroll');
    expect(region.properties['role']).toBe('region');
    expect(region.properties['tabIndex']).toBe(0);
    expect(region.properties['ariaLabelledBy']).toEqual(['companies-caption']);
  });

  test('marks the article’s subject in words, not only with colour', () => {
    const subject = one(page, 'tr.subject');
    expect(subject.properties['id']).toBe('company-anthropic');
    expect(text(one(subject, '.subject-label'))).toBe('The article’s subject');
  });

  test('every figure names its date and links to bibliography entries that exist', () => {
    const sourceIds = new Set(all(page, '.source-list li').map((item) => item.properties['id']));
    const figures = all(page, '.company-table .cell-values > li');
    expect(figures.length).toBeGreaterThanOrEqual(35);
    for (const figure of figures) {
      const links = all(figure, '.source-refs a');
      for (const link of links) expect(sourceIds).toContain(String(link.properties['href']).slice(1));
      const label = text(figure).slice(0, 60);
      const missing = all(figure, '.cell-value.missing').length > 0;
      // A missing value says why instead; it cites a source only when one supports the reason.
      if (missing) continue;
      expect(all(figure, 'time[datetime]'), label).toHaveLength(1);
      expect(links.length, label).toBeGreaterThan(0);
      for (const link of links) expect(sourceIds, label).toContain(String(link.properties['href']).slice(1));
    }
  });

  test('gives each company its role in the story', () => {
    expect(text(one(one(page, '#company-amazon'), 'td.company-role'))).toBe(
      "Anthropic's investor ($8 billion, minority stake) and its primary cloud and training partner through AWS.",
    );
  });

  test('shows xAI’s valuation as a dispute with every value', () => {
    const cell = all(one(page, '#company-xai'), 'td')[1]!;
    expect(text(one(cell, '.cell-flag'))).toBe('Disputed');
    expect(
      all(cell, '.cell-value')
        .map(text)
        .map((value) => value.trim()),
    ).toEqual(['$80 billion', '$113 billion', '$75 billion']);
    expect(text(cell)).toContain('Musk denied it the same day');
  });

  test('says "Not found" with the reason where no source gives a figure', () => {
    const cell = all(one(page, '#company-xai'), 'td')[2]!;
    expect(text(one(cell, '.cell-value')).trim()).toBe('Not found');
    expect(text(one(cell, '.cell-note'))).toContain('xAI has published no run-rate');
  });
});

describe('the timeline', () => {
  test('is one ordered list of articles, each with a heading, a datetime and a stable id, in time order', () => {
    const events = all(page, 'ol.timeline > li');
    expect(events.length).toBe(19);
    const dates = events.map((event) => {
      expect(String(event.properties['id'])).toMatch(/^event-/);
      expect(all(event, 'article h3')).toHaveLength(1);
      return String(one(event, 'time').properties['dateTime']);
    });
    expect(dates).toEqual([...dates].sort());
  });

  test('holds both posts of the exchange as quotes, with who said them', () => {
    const cards = all(page, '.post-card').map(text);
    expect(cards.some((card) => card.includes('Anthropic is going to lose :/') && card.includes('@yacineMTB'))).toBe(
      true,
    );
    expect(
      cards.some(
        (card) =>
          card.includes('Winning was never in the set of possible outcomes for Anthropic') &&
          card.includes('@elonmusk'),
      ),
    ).toBe(true);
  });

  test('shows Berman’s reply as a paraphrase, never as a quote', () => {
    const berman = one(page, '#event-2025-09-23-berman-says-musk-said-the-same-about-openai');
    expect(all(berman, 'blockquote')).toEqual([]);
    expect(text(one(berman, '.paraphrase-label'))).toBe('Paraphrase, not a quote:');
  });

  test('threads each reply to the event it answers', () => {
    const reply = one(page, '#event-2025-09-23-musk-replies-winning-was-never-possible');
    expect(one(reply, '.reply-to a').properties['href']).toBe(
      '#event-2025-09-23-yacine-says-anthropic-is-going-to-lose',
    );
  });

  test('names each lane in words', () => {
    expect(all(page, '.timeline .lane-tag').map(text).sort()).toEqual(
      expect.arrayContaining(['The exchange', 'Background', 'Context']),
    );
  });
});

describe('the article on the explainer page', () => {
  test('links each quoted span to the timeline event that holds it', () => {
    const links = all(page, '.article-body q a.quote-link');
    expect(links.map((link) => [text(link), link.properties['href']])).toEqual([
      ['“Anthropic is going to lose :/”', '#event-2025-09-23-yacine-says-anthropic-is-going-to-lose'],
      [
        '“Winning was never in the set of possible outcomes for Anthropic.”',
        '#event-2025-09-23-musk-replies-winning-was-never-possible',
      ],
    ]);
    for (const link of links) {
      const event = one(page, String(link.properties['href']));
      expect(text(one(event, 'blockquote'))).toContain(
        text(link)
          .replace(/[“”]|\.”?$/g, '')
          .replace(/\.$/, ''),
      );
    }
  });

  test('every section has a stable id and the table of contents links to it', () => {
    const sections = ['how-we-checked', 'exchange', 'companies', 'article', 'claims', 'sources', 'data'];
    for (const id of sections) one(page, `section#${id}`);
    expect(all(page, '.toc a').map((link) => link.properties['href'])).toEqual(sections.map((id) => `#${id}`));
  });
});

describe('the data files', () => {
  const dataDir = path.join(dist, 'data', SLUG);

  test('are linked from the page', () => {
    expect(all(page, '#data a').map((link) => link.properties['href'])).toEqual([
      `/data/${SLUG}/companies.csv`,
      `/data/${SLUG}/companies.json`,
      `/data/${SLUG}/timeline.json`,
      `/data/${SLUG}/claims.json`,
    ]);
  });

  test('companies.csv has the same rows, roles and values as the table, and each cell’s note', async () => {
    const [header, ...rows] = parse(await readFile(path.join(dataDir, 'companies.csv'), 'utf8'));
    const columns = all(page, 'table.company-table thead th').map(text);
    // Company and role, then four fields per column: the value, its date, its sources and its note.
    expect(header?.filter((_, index) => index < 2 || (index - 2) % 4 === 0)).toEqual(columns);
    const tableRows = all(page, 'table.company-table tbody tr');
    expect(rows.map((row) => row[0])).toEqual(tableRows.map(rowName));
    tableRows.forEach((row, rowIndex) => {
      const [role, ...cells] = all(row, 'td');
      expect(rows[rowIndex]?.[1]).toBe(text(role!));
      cells.forEach((cell, columnIndex) => {
        const shown = all(cell, '.cell-value')
          .map((value) => text(value).trim())
          .join(' or ');
        const label = `${rowName(row)} / ${columns[columnIndex + 2]}`;
        expect(rows[rowIndex]?.[2 + columnIndex * 4], label).toBe(shown);
        // A cell without a number says why in its one note, and the CSV keeps it.
        if (all(cell, '.cell-value.missing').length > 0) {
          expect(rows[rowIndex]?.[5 + columnIndex * 4], label).toBe(text(one(cell, 'p.cell-note')));
        }
      });
    });
  });

  test('companies.csv keeps the reason of a "not found" cell', async () => {
    const [header, ...rows] = parse(await readFile(path.join(dataDir, 'companies.csv'), 'utf8'));
    const xai = rows.find((row) => row[0] === 'xAI');
    const note = header?.indexOf('Revenue run-rate (US$ a year): note') ?? -1;
    expect(xai?.[note - 3]).toBe('Not found');
    expect(xai?.[note]).toContain('xAI has published no run-rate');
  });

  test('companies.json, timeline.json and claims.json are valid JSON with every company, event and claim', async () => {
    const read = async (name: string): Promise<unknown> => JSON.parse(await readFile(path.join(dataDir, name), 'utf8'));
    const companies = (await read('companies.json')) as { companies: { name: string }[] };
    expect(companies.companies.map((company) => company.name)).toEqual(COMPANIES);
    expect(await read('timeline.json')).toHaveLength(19);
    const claims = (await read('claims.json')) as {
      number: number;
      verdict: string;
      comparison?: { sourcedText: string };
    }[];
    expect(claims).toHaveLength(19);
    const revenue = claims.find((claim) => claim.number === 8);
    expect(revenue?.verdict).toBe('wrong');
    expect(revenue?.comparison?.sourcedText).toBe('over $5 billion');
  });
});

describe('the home page', () => {
  test('leads with the featured explainer and its summary', async () => {
    const home = await readPage(dist, 'index.html');
    const featured = one(home, 'main .featured');
    expect(text(one(featured, 'h2'))).toBe('Winning AI Race Was Never Possible For Anthropic, Says Elon Musk');
    expect(all(featured, 'li')).toHaveLength(3);
  });
});
