import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import {
  cellNote,
  cellText,
  companyCells,
  companyTable,
  figureStatusLabels,
  formatRange,
  storyColumns,
  tableColumn,
  type Cell,
  type Column,
  type ColumnId,
  type CompanyRow,
  type CompanyTable,
  type Subject,
} from '../../src/lib/explainer/company-table';
import { companySchema } from '../../src/schemas/company';
import { reportedValueSchema } from '../../src/schemas/figure';
import { repoRoot } from '../helpers/project';

// Written as an editor would in YAML, and parsed by the real schema (references become { id, collection }).
const company = companySchema.parse({
  name: 'Anthropic',
  role: 'Maker of Claude.',
  valuation: {
    status: 'disputed',
    values: [
      {
        value: 170_000_000_000,
        unit: 'USD',
        measure: 'private-valuation',
        basis: 'reported talks',
        asOf: '2025-07',
        sources: ['bloomberg'],
        confidence: 'medium',
      },
      {
        value: 183_000_000_000,
        unit: 'USD',
        measure: 'private-valuation',
        basis: 'Series F round',
        asOf: '2025-09-02',
        sources: ['anthropic-series-f', 'bloomberg'],
        confidence: 'high',
        note: 'The closed round.',
      },
    ],
    summary: 'Talks reported one value; the round closed at another.',
  },
  revenueRunRate: {
    status: 'reported',
    value: 5_000_000_000,
    unit: 'USD',
    qualifier: 'over',
    measure: 'revenue-run-rate',
    basis: 'company figure',
    asOf: '2025-08',
    sources: ['anthropic-series-f'],
    confidence: 'high',
    note: 'About $1 billion at the start of 2025.',
  },
  ownsDataCentres: {
    value: false,
    text: 'Rents from AWS and Google Cloud',
    asOf: '2025-09',
    sources: ['qz-2024-11-22'],
    confidence: 'high',
  },
  computePartners: {
    text: 'AWS, Google Cloud TPUs',
    asOf: '2025-09-02',
    sources: ['qz-2024-11-22', 'anthropic-series-f'],
    confidence: 'medium-high',
    note: 'Nvidia rests on one source.',
  },
  products: {
    text: 'Claude and Claude Code',
    asOf: '2025',
    sources: ['anthropic-series-f'],
    confidence: 'high',
  },
  consumerReach: {
    status: 'not-found',
    reason: 'No source gives a count of consumer users.',
    sources: ['anthropic-series-f'],
  },
});

/** A second company with a stake in the first, and no consumer reach. */
const investor = companySchema.parse({
  name: 'Investor',
  role: 'Owns part of Anthropic.',
  valuation: { status: 'not-disclosed', reason: 'Private.' },
  stakes: {
    anthropic: {
      status: 'reported',
      value: 14,
      unit: 'percent',
      measure: 'ownership-share',
      basis: 'court filings',
      asOf: '2025-03',
      sources: ['nyt'],
      confidence: 'high',
    },
  },
});

/** A listed company whose numbers each measure something else than their column. */
const listed = companySchema.parse({
  name: 'Listed',
  role: 'A listed rival.',
  valuation: {
    status: 'reported',
    value: 3_000_000_000_000,
    unit: 'USD',
    qualifier: 'over',
    measure: 'market-cap',
    basis: 'it is listed',
    asOf: '2025-09-15',
    sources: ['hook'],
    confidence: 'high',
  },
  revenueRunRate: {
    status: 'reported',
    value: 30_900_000_000,
    unit: 'USD',
    measure: 'quarterly-revenue',
    basis: 'cloud unit, one quarter',
    asOf: '2025-07-31',
    sources: ['futurum'],
    confidence: 'high',
    note: 'Not annualised.',
  },
  ownsDataCentres: {
    value: 'partly',
    text: 'Building with partners',
    asOf: '2025-09-23',
    sources: ['stargate'],
    confidence: 'high',
  },
  consumerReach: {
    status: 'reported',
    value: 450_000_000,
    unit: 'users',
    qualifier: 'over',
    measure: 'monthly-active-users',
    basis: 'its app, monthly users',
    asOf: '2025-07',
    sources: ['call'],
    confidence: 'high',
  },
});

const SUBJECT: Subject = { id: 'anthropic', name: 'Anthropic' };
const rows = [
  { id: 'anthropic', data: company },
  { id: 'investor', data: investor },
];
const column = (id: ColumnId): Column => tableColumn(id, SUBJECT)!;

const cellOf = (row: CompanyRow, id: ColumnId): Cell => {
  const found = companyCells(row, [column(id)], SUBJECT)[0];
  if (!found) throw new Error(`no cell ${id}`);
  return found;
};
const cell = (id: ColumnId): Cell => cellOf(rows[0]!, id);
const listedCell = (id: ColumnId): Cell => cellOf({ id: 'listed', data: listed }, id);

describe('storyColumns', () => {
  test('by default has every column that holds data for one of the companies, in the documented order', () => {
    expect(storyColumns(rows, SUBJECT).map((each) => each.id)).toEqual([
      'valuation',
      'revenueRunRate',
      'ownsDataCentres',
      'computePartners',
      'products',
      'consumerReach',
      'stake',
    ]);
  });

  test('each header says what its numbers measure, their unit and basis, and the stake column names the subject', () => {
    expect(storyColumns(rows, SUBJECT).map((each) => each.label)).toEqual([
      'Valuation, latest private round (US$, post-money)',
      'Revenue run-rate, whole company (US$ a year)',
      'Owns data centres',
      'Main compute and cloud partners',
      'Flagship products',
      'Weekly active users of its AI assistant',
      'Stake in Anthropic (%)',
    ]);
  });

  test('each column of numbers has exactly one measure, and a column of facts none', () => {
    expect(storyColumns(rows, SUBJECT).map((each) => [each.id, each.measure])).toEqual([
      ['valuation', 'private-valuation'],
      ['revenueRunRate', 'revenue-run-rate'],
      ['ownsDataCentres', null],
      ['computePartners', null],
      ['products', null],
      ['consumerReach', 'weekly-active-users'],
      ['stake', 'ownership-share'],
    ]);
  });

  test('a story about another company names its stake column after that company', () => {
    expect(tableColumn('stake', { id: 'initech', name: 'Initech' })).toMatchObject({
      label: 'Stake in Initech (%)',
      name: 'stake in Initech',
      description: 'Share of Initech the company owns.',
      measure: 'ownership-share',
    });
  });

  test('has no stake column without a stake in the subject, or without a subject', () => {
    expect(storyColumns([rows[0]!], SUBJECT).map((each) => each.id)).not.toContain('stake');
    expect(storyColumns(rows, undefined).map((each) => each.id)).not.toContain('stake');
  });

  test('leaves out a column none of the companies has data for', () => {
    expect(storyColumns([rows[1]!], SUBJECT).map((each) => each.id)).toEqual(['valuation', 'stake']);
  });

  test('has the columns a story names, in its order', () => {
    expect(storyColumns(rows, SUBJECT, ['stake', 'valuation']).map((each) => each.id)).toEqual(['stake', 'valuation']);
  });
});

describe('companyTable', () => {
  const table = companyTable(rows, SUBJECT);

  test('has a row per company, in the given order, with its name and role, the subject marked', () => {
    expect(table.rows.map(({ id, name, role, subject }) => ({ id, name, role, subject }))).toEqual([
      { id: 'anthropic', name: 'Anthropic', role: 'Maker of Claude.', subject: true },
      { id: 'investor', name: 'Investor', role: 'Owns part of Anthropic.', subject: false },
    ]);
  });

  test('reads the stake column from each company’s stake in the subject', () => {
    expect(cellText(table.rows[1]!.cells.at(-1)!)).toBe('14%');
  });

  test('says "Not applicable" in the subject’s own stake cell, with the reason', () => {
    const own = table.rows[0]!.cells.at(-1)!;
    expect([cellText(own), own.explanation]).toEqual(['Not applicable', 'This row is Anthropic itself.']);
  });

  test('compares a column only when two of its cells hold a number of its measure', () => {
    const comparable = (built: CompanyTable) => built.columns.filter((each) => each.comparable).map((each) => each.id);
    // One run-rate and one stake: nothing to rank.
    expect(comparable(table)).toEqual([]);
    const twoRunRates = companyTable([...rows, { id: 'copy', data: { ...company, name: 'Copy' } }], SUBJECT);
    expect(comparable(twoRunRates)).toEqual(['revenueRunRate']);
    // The listed company's quarter is not a run-rate: it adds nothing to rank.
    expect(comparable(companyTable([...rows, { id: 'listed', data: listed }], SUBJECT))).toEqual([]);
  });

  test('never compares a column of facts', () => {
    const built = companyTable([...rows, { id: 'listed', data: listed }], SUBJECT);
    const facts = built.columns.filter((each) => each.measure === null);
    expect(facts.map((each) => each.id)).toEqual(['ownsDataCentres', 'computePartners', 'products']);
    expect(facts.every((each) => !each.comparable)).toBe(true);
  });
});

describe('companyCells', () => {
  test('gives one cell per column, in column order', () => {
    const columns = storyColumns(rows, SUBJECT);
    expect(companyCells(rows[0]!, columns, SUBJECT).map((item) => item.column)).toEqual(columns);
  });

  test('a reported figure of the column’s measure reads as its value and basis, with its evidence', () => {
    expect(cell('revenueRunRate')).toEqual({
      column: column('revenueRunRate'),
      status: 'reported',
      headline: 'over $5 billion',
      basis: 'company figure',
      values: [
        {
          text: 'over $5 billion',
          value: 5_000_000_000,
          unit: 'USD',
          measure: 'revenue-run-rate',
          basis: 'company figure',
          asOf: '2025-08',
          asOfLabel: 'Aug 2025',
          sources: ['anthropic-series-f'],
          confidence: 'high',
          note: 'About $1 billion at the start of 2025.',
        },
      ],
      explanation: null,
      comparableValue: 5_000_000_000,
    });
  });

  test('a disputed figure reads as the range of its values, and gives every value with its basis', () => {
    const disputed = cell('valuation');
    expect([disputed.status, disputed.headline, disputed.basis, disputed.comparableValue]).toEqual([
      'disputed',
      '$170–183 billion',
      null,
      null,
    ]);
    expect(figureStatusLabels[disputed.status as 'disputed']).toBe('Sources disagree');
    expect(disputed.values.map(({ text, basis, asOfLabel }) => [text, basis, asOfLabel])).toEqual([
      ['$170 billion', 'reported talks', 'July 2025'],
      ['$183 billion', 'Series F round', '2 Sept 2025'],
    ]);
    expect(disputed.explanation).toBe('Talks reported one value; the round closed at another.');
  });

  test('a figure of another measure than its column’s is "No comparable figure", naming what exists', () => {
    expect(listedCell('valuation')).toMatchObject({
      status: 'no-comparable',
      headline: 'No comparable figure',
      basis: 'it is listed',
      explanation: 'What exists: over $3 trillion, a market capitalisation.',
      comparableValue: null,
      values: [{ text: 'over $3 trillion', measure: 'market-cap', asOfLabel: '15 Sept 2025', sources: ['hook'] }],
    });
    expect(listedCell('revenueRunRate')).toMatchObject({
      headline: 'No comparable figure',
      basis: 'cloud unit, one quarter',
      explanation: 'What exists: $30.9 billion, one quarter’s revenue (not a run-rate).',
    });
    expect(listedCell('consumerReach').explanation).toBe('What exists: over 450 million users, monthly active users.');
  });

  test('a not-found figure says "Not found", explained by its reason', () => {
    expect(cell('consumerReach')).toEqual({
      column: column('consumerReach'),
      status: 'not-found',
      headline: 'Not found',
      basis: null,
      values: [
        {
          text: 'Not found',
          value: null,
          unit: null,
          measure: null,
          basis: null,
          asOf: null,
          asOfLabel: null,
          sources: ['anthropic-series-f'],
          confidence: null,
          note: null,
        },
      ],
      explanation: 'No source gives a count of consumer users.',
      comparableValue: null,
    });
  });

  test('a not-applicable figure says "Not applicable"', () => {
    expect(cellText(cell('stake'))).toBe('Not applicable');
  });

  test('a not-disclosed figure says "Not disclosed"', () => {
    const secretive = companySchema.parse({
      ...company,
      revenueRunRate: { status: 'not-disclosed', reason: 'Private company.' },
    });
    expect(cellText(companyCells({ id: 'x', data: secretive }, [column('revenueRunRate')], SUBJECT)[0]!)).toBe(
      'Not disclosed',
    );
  });

  test('a fact reads as its text, with its date, sources and details as evidence', () => {
    expect(cell('computePartners')).toEqual({
      column: column('computePartners'),
      status: 'fact',
      headline: 'AWS, Google Cloud TPUs',
      basis: null,
      values: [
        {
          text: 'AWS, Google Cloud TPUs',
          value: null,
          unit: null,
          measure: null,
          basis: null,
          asOf: '2025-09-02',
          asOfLabel: '2 Sept 2025',
          sources: ['qz-2024-11-22', 'anthropic-series-f'],
          confidence: 'medium-high',
          note: 'Nvidia rests on one source.',
        },
      ],
      explanation: null,
      comparableValue: null,
    });
  });

  test('whether it owns data centres reads Yes, No or Partly, its text beside', () => {
    expect([cell('ownsDataCentres').headline, cell('ownsDataCentres').basis]).toEqual([
      'No',
      'Rents from AWS and Google Cloud',
    ]);
    expect([listedCell('ownsDataCentres').headline, listedCell('ownsDataCentres').basis]).toEqual([
      'Partly',
      'Building with partners',
    ]);
  });

  test('a fact without a note has a null note', () => {
    expect(cell('ownsDataCentres').values[0]?.note).toBeNull();
  });

  test('a fact dated by year alone is labelled with the year', () => {
    expect(cell('products').values[0]?.asOfLabel).toBe('2025');
  });
});

describe('formatRange', () => {
  const value = (amount: number, extra: { qualifier?: 'over' | 'about'; unit?: 'USD' | 'percent' } = {}) =>
    reportedValueSchema.parse({
      value: amount,
      unit: extra.unit ?? 'USD',
      ...(extra.qualifier && { qualifier: extra.qualifier }),
      measure: extra.unit === 'percent' ? 'ownership-share' : 'private-valuation',
      basis: 'a round',
      asOf: '2025',
      sources: ['a'],
      confidence: 'high',
    });

  test('gives the lowest and highest values, sharing their scale', () => {
    expect(formatRange([value(80e9), value(113e9), value(75e9)])).toBe('$75–113 billion');
    expect(formatRange([value(10, { unit: 'percent' }), value(14, { unit: 'percent' })])).toBe('10–14%');
  });

  test('writes both ends in full when their scales or qualifiers differ', () => {
    expect(formatRange([value(500e6), value(2e9)])).toBe('$500 million to $2 billion');
    expect(formatRange([value(5e9, { qualifier: 'over' }), value(7e9)])).toBe('over $5 billion to $7 billion');
  });

  test('gives one value when all agree', () => {
    expect(formatRange([value(75e9), value(75e9)])).toBe('$75 billion');
  });
});

describe('cellNote', () => {
  test('a missing figure’s note is its reason', () => {
    expect(cellNote(cell('consumerReach'))).toBe('No source gives a count of consumer users.');
  });

  test('a disputed figure’s note is the dispute, then its values’ notes', () => {
    expect(cellNote(cell('valuation'))).toBe(
      'Talks reported one value; the round closed at another. | The closed round.',
    );
  });

  test('a figure of another measure’s note says what exists, then its note', () => {
    expect(cellNote(listedCell('revenueRunRate'))).toBe(
      'What exists: $30.9 billion, one quarter’s revenue (not a run-rate). | Not annualised.',
    );
  });

  test('a reported figure’s note is its value’s note, and empty without one', () => {
    expect(cellNote(cell('revenueRunRate'))).toBe('About $1 billion at the start of 2025.');
    expect(cellNote(cell('ownsDataCentres'))).toBe('');
  });
});

describe('cellText', () => {
  test('a disputed cell joins its values with "or"', () => {
    expect(cellText(cell('valuation'))).toBe('$170 billion or $183 billion');
  });

  test('a reported cell is its one value', () => {
    expect(cellText(cell('revenueRunRate'))).toBe('over $5 billion');
  });

  test('a cell of another measure says so, never the number of the other measure', () => {
    expect(cellText(listedCell('valuation'))).toBe('No comparable figure');
  });

  test('a fact cell is its headline', () => {
    expect(cellText(cell('ownsDataCentres'))).toBe('No');
    expect(cellText(cell('products'))).toBe('Claude and Claude Code');
  });
});

/** A file of content/ read as the build reads it: its frontmatter, through the collection's schema. */
const frontmatterOf = (file: string) => parseFrontmatter(readFileSync(path.join(repoRoot, file), 'utf8')).frontmatter;

describe('the real content’s tables', () => {
  const companies = new Map(
    readdirSync(path.join(repoRoot, 'content/companies')).map((file) => [
      path.basename(file, '.md'),
      companySchema.parse(frontmatterOf(`content/companies/${file}`)),
    ]),
  );
  const stories = readdirSync(path.join(repoRoot, 'content/stories')).map((id) => {
    const story = frontmatterOf(`content/stories/${id}/story.md`) as { companies: string[]; subject?: string };
    const subject = story.subject ? { id: story.subject, name: companies.get(story.subject)!.name } : undefined;
    const rowsOf = story.companies.map((id) => ({ id, data: companies.get(id)! }));
    return { id, table: companyTable(rowsOf, subject) };
  });

  test.each(stories.map((story) => [story.id, story.table] as const))(
    '%s: every number a column sorts by has the column’s measure and unit, and no cell shows another measure’s number',
    (_, table) => {
      expect(table.columns.some((each) => each.comparable)).toBe(true);
      table.columns.forEach((each, index) => {
        const cells = table.rows.map((row) => row.cells[index]!);
        for (const one of cells) {
          if (one.status === 'reported' || one.status === 'disputed') {
            expect(one.values.map((value) => value.measure)).toEqual(one.values.map(() => each.measure));
          }
          if (one.comparableValue !== null) expect(one.values[0]?.measure).toBe(each.measure);
        }
        const units = new Set(cells.filter((one) => one.comparableValue !== null).map((one) => one.values[0]?.unit));
        expect(units.size).toBeLessThanOrEqual(1);
        if (each.comparable)
          expect(cells.filter((one) => one.comparableValue !== null).length).toBeGreaterThanOrEqual(2);
      });
    },
  );

  test('the Anthropic story sorts by valuation and by run-rate only: the other columns have one comparable number', () => {
    const { table } = stories.find((story) => story.id.includes('anthropic'))!;
    expect(table.columns.filter((each) => each.comparable).map((each) => each.id)).toEqual([
      'valuation',
      'revenueRunRate',
    ]);
  });

  test('OpenAI builds its data centres with partners: "Partly", never "not its own"', () => {
    const openai = cellOf({ id: 'openai', data: companies.get('openai')! }, 'ownsDataCentres');
    expect([openai.headline, openai.basis]).toEqual(['Partly', 'Building with partners']);
    expect(JSON.stringify(openai)).not.toMatch(/not its own/i);
  });

  test('Google, Amazon and xAI figures of other measures read "No comparable figure" and name what exists', () => {
    const read = (id: string, columnId: ColumnId) => {
      const one = cellOf({ id, data: companies.get(id)! }, columnId);
      return [one.headline, one.basis, one.explanation];
    };
    expect(read('google', 'valuation')).toEqual([
      'No comparable figure',
      'Alphabet is listed',
      'What exists: over $3 trillion, a market capitalisation.',
    ]);
    expect(read('google', 'revenueRunRate')).toEqual([
      'No comparable figure',
      'Google Cloud only',
      'What exists: over $50 billion, the revenue run-rate of one business unit.',
    ]);
    expect(read('amazon', 'revenueRunRate')).toEqual([
      'No comparable figure',
      'AWS only, one quarter',
      'What exists: $30.9 billion, one quarter’s revenue (not a run-rate).',
    ]);
    expect(read('xai', 'consumerReach')).toEqual([
      'No comparable figure',
      "X's users, not Grok's",
      'What exists: over 600 million users, users of a platform it owns (not of its AI product).',
    ]);
  });
});
