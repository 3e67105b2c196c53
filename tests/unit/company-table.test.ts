import { describe, expect, test } from 'vitest';
import { cellText, companyCells, companyColumns, type Cell } from '../../src/lib/explainer/company-table';
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
  stakeInAnthropic: {
    status: 'not-applicable',
    reason: 'This row is Anthropic itself.',
    sources: [],
  },
});

const cell = (id: string): Cell => {
  const found = companyCells(company).find((item) => item.column.id === id);
  if (!found) throw new Error(`no cell ${id}`);
  return found;
};

describe('companyColumns', () => {
  test('has the seven columns in the documented order', () => {
    expect(companyColumns.map((column) => column.id)).toEqual([
      'valuation',
      'revenueRunRate',
      'ownsDataCentres',
      'computePartners',
      'products',
      'consumerReach',
      'stakeInAnthropic',
    ]);
  });

  test('each header says its unit', () => {
    expect(companyColumns.map((column) => column.label)).toEqual([
      'Valuation (US$)',
      'Revenue run-rate (US$ a year)',
      'Owns data centres',
      'Main compute and cloud partners',
      'Flagship products',
      'Consumer reach (users)',
      'Stake in Anthropic (%)',
    ]);
  });
});

describe('companyCells', () => {
  test('gives one cell per column, in column order', () => {
    expect(companyCells(company).map((item) => item.column)).toEqual(companyColumns);
  });

  test('a reported figure gives one value with its text, date, sources and details', () => {
    expect(cell('revenueRunRate')).toEqual({
      column: companyColumns[1],
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
      column: companyColumns[0],
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
      column: companyColumns[5],
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
    expect(cellText(cell('stakeInAnthropic'))).toBe('Not applicable');
  });

  test('a not-disclosed figure says "Not disclosed"', () => {
    const secretive = companySchema.parse({
      ...company,
      revenueRunRate: { status: 'not-disclosed', reason: 'Private company.' },
    });
    expect(cellText(companyCells(secretive)[1]!)).toBe('Not disclosed');
  });

  test('a fact gives its text, date, sources and details', () => {
    expect(cell('computePartners')).toEqual({
      column: companyColumns[3],
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
