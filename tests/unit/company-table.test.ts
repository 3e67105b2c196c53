import { describe, expect, test } from 'vitest';
import {
  cellNote,
  cellText,
  companyCells,
  companyTable,
  storyColumns,
  tableColumn,
  type Cell,
  type Column,
  type ColumnId,
  type Subject,
} from '../../src/lib/explainer/company-table';
import { companySchema } from '../../src/schemas/company';

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
        basis: 'reported talks',
        asOf: '2025-07',
        sources: ['bloomberg'],
        confidence: 'medium',
      },
      {
        value: 183_000_000_000,
        unit: 'USD',
        basis: 'post-money, Series F',
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
    basis: 'annualised revenue run-rate, company figure',
    asOf: '2025-08',
    sources: ['anthropic-series-f'],
    confidence: 'high',
    note: 'About $1 billion at the start of 2025.',
  },
  ownsDataCentres: {
    value: false,
    text: 'No: rents compute from AWS and Google Cloud',
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
      basis: 'share',
      asOf: '2025-03',
      sources: ['nyt'],
      confidence: 'high',
    },
  },
});

const SUBJECT: Subject = { id: 'anthropic', name: 'Anthropic' };
const rows = [
  { id: 'anthropic', data: company },
  { id: 'investor', data: investor },
];
const column = (id: ColumnId): Column => tableColumn(id, SUBJECT)!;

const cell = (id: ColumnId): Cell => {
  const found = companyCells(rows[0]!, [column(id)], SUBJECT)[0];
  if (!found) throw new Error(`no cell ${id}`);
  return found;
};

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

  test('each header says its unit, and the stake column names the story’s subject', () => {
    expect(storyColumns(rows, SUBJECT).map((each) => each.label)).toEqual([
      'Valuation (US$)',
      'Revenue run-rate (US$ a year)',
      'Owns data centres',
      'Main compute and cloud partners',
      'Flagship products',
      'Consumer reach (users)',
      'Stake in Anthropic (%)',
    ]);
  });

  test('a story about another company names its stake column after that company', () => {
    expect(tableColumn('stake', { id: 'initech', name: 'Initech' })).toMatchObject({
      label: 'Stake in Initech (%)',
      name: 'stake in Initech',
      description: 'Share of Initech the company owns.',
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
});

describe('companyCells', () => {
  test('gives one cell per column, in column order', () => {
    const columns = storyColumns(rows, SUBJECT);
    expect(companyCells(rows[0]!, columns, SUBJECT).map((item) => item.column)).toEqual(columns);
  });

  test('a reported figure gives one value with its text, date, sources and details', () => {
    expect(cell('revenueRunRate')).toEqual({
      column: column('revenueRunRate'),
      status: 'reported',
      values: [
        {
          text: 'over $5 billion',
          basis: 'annualised revenue run-rate, company figure',
          asOf: '2025-08',
          asOfLabel: 'Aug 2025',
          sources: ['anthropic-series-f'],
          confidence: 'high',
          note: 'About $1 billion at the start of 2025.',
        },
      ],
      explanation: null,
      sortValue: 5_000_000_000,
    });
  });

  test('a disputed figure gives every value, explained by its summary', () => {
    expect(cell('valuation')).toEqual({
      column: column('valuation'),
      status: 'disputed',
      values: [
        {
          text: '$170 billion',
          basis: 'reported talks',
          asOf: '2025-07',
          asOfLabel: 'July 2025',
          sources: ['bloomberg'],
          confidence: 'medium',
          note: null,
        },
        {
          text: '$183 billion',
          basis: 'post-money, Series F',
          asOf: '2025-09-02',
          asOfLabel: '2 Sept 2025',
          sources: ['anthropic-series-f', 'bloomberg'],
          confidence: 'high',
          note: 'The closed round.',
        },
      ],
      explanation: 'Talks reported one value; the round closed at another.',
      sortValue: null,
    });
  });

  test('a not-found figure says "Not found", explained by its reason', () => {
    expect(cell('consumerReach')).toEqual({
      column: column('consumerReach'),
      status: 'not-found',
      values: [
        {
          text: 'Not found',
          basis: null,
          asOf: null,
          asOfLabel: null,
          sources: ['anthropic-series-f'],
          confidence: null,
          note: null,
        },
      ],
      explanation: 'No source gives a count of consumer users.',
      sortValue: null,
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

  test('a fact gives its text, date, sources and details', () => {
    expect(cell('computePartners')).toEqual({
      column: column('computePartners'),
      status: 'fact',
      values: [
        {
          text: 'AWS, Google Cloud TPUs',
          basis: null,
          asOf: '2025-09-02',
          asOfLabel: '2 Sept 2025',
          sources: ['qz-2024-11-22', 'anthropic-series-f'],
          confidence: 'medium-high',
          note: 'Nvidia rests on one source.',
        },
      ],
      explanation: null,
      sortValue: null,
    });
  });

  test('a fact without a note has a null note', () => {
    expect(cell('ownsDataCentres').values[0]?.note).toBeNull();
  });

  test('a fact dated by year alone is labelled with the year', () => {
    expect(cell('products').values[0]?.asOfLabel).toBe('2025');
  });
});

describe('cellNote', () => {
  test('a missing figure’s note is its reason', () => {
    expect(cellNote(cell('consumerReach'))).toBe('No source gives a count of consumer users.');
  });

  test('a disputed figure’s note is the dispute', () => {
    expect(cellNote(cell('valuation'))).toBe('Talks reported one value; the round closed at another.');
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

  test('a fact cell is its text', () => {
    expect(cellText(cell('ownsDataCentres'))).toBe('No: rents compute from AWS and Google Cloud');
  });
});
