/**
 * The comparison table, defined once: its columns, and how each company's
 * data becomes cells. The page, companies.csv and companies.json all read
 * this model, so they cannot disagree.
 */
import type { Company } from '../../schemas/company';
import type { Fact, Figure } from '../../schemas/figure';
import { formatDate, formatReported, missingLabels } from '../site/format';

export type ColumnId = Exclude<keyof Company, 'name' | 'role'>;

export interface Column {
  id: ColumnId;
  /** The header, units included. */
  label: string;
  /** The column in running text, e.g. "revenue run-rate". */
  name: string;
  /** What the column means, for the table's notes and data files. */
  description: string;
  /** Whether its cells hold numbers that the table can be sorted by. */
  sortable: boolean;
}

export const companyColumns: readonly Column[] = [
  {
    id: 'valuation',
    name: 'valuation',
    label: 'Valuation (US$)',
    description: 'Post-money value of the latest funding round, or market capitalisation for a listed company.',
    sortable: true,
  },
  {
    id: 'revenueRunRate',
    name: 'revenue run-rate',
    label: 'Revenue run-rate (US$ a year)',
    description: 'Annualised revenue; where none is published, the nearest revenue figure, with its basis.',
    sortable: true,
  },
  {
    id: 'ownsDataCentres',
    name: 'data centres',
    label: 'Owns data centres',
    description: 'Whether the company owns the data centres it computes in.',
    sortable: false,
  },
  {
    id: 'computePartners',
    name: 'compute partners',
    label: 'Main compute and cloud partners',
    description: 'Who supplies its computing power.',
    sortable: false,
  },
  {
    id: 'products',
    name: 'products',
    label: 'Flagship products',
    description: 'Its best-known AI products.',
    sortable: false,
  },
  {
    id: 'consumerReach',
    name: 'consumer reach',
    label: 'Consumer reach (users)',
    description: 'The largest published user count of its products, with what was counted.',
    sortable: true,
  },
  {
    id: 'stakeInAnthropic',
    name: 'stake in Anthropic',
    label: 'Stake in Anthropic (%)',
    description: 'Share of Anthropic the company owns.',
    sortable: true,
  },
];

/** One value shown in a cell: a disputed figure has several. */
export interface CellValue {
  text: string;
  /** What the number measures, e.g. "post-money, Series F". */
  basis: string | null;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the value refers to. */
  asOf: string | null;
  /** The same date for readers, e.g. "2 Sept 2025". */
  asOfLabel: string | null;
  sources: string[];
  confidence: string | null;
  note: string | null;
}

export interface Cell {
  column: Column;
  /** reported, disputed, not-found, not-disclosed, not-applicable, or fact. */
  status: Figure['status'] | 'fact';
  values: CellValue[];
  /** The dispute in one sentence, or why there is no number. */
  explanation: string | null;
  /** For sorting: the reported number, or null. */
  sortValue: number | null;
}

const fromFact = (fact: Fact): CellValue => ({
  text: fact.text,
  basis: null,
  asOf: fact.asOf,
  asOfLabel: formatDate(fact.asOf),
  sources: fact.sources.map((source) => source.id),
  confidence: fact.confidence,
  note: fact.note ?? null,
});

function figureCell(column: Column, figure: Figure): Cell {
  switch (figure.status) {
    case 'reported':
    case 'disputed': {
      const reported = figure.status === 'reported' ? [figure] : figure.values;
      return {
        column,
        status: figure.status,
        values: reported.map((value) => ({
          text: formatReported(value),
          basis: value.basis,
          asOf: value.asOf,
          asOfLabel: formatDate(value.asOf),
          sources: value.sources.map((source) => source.id),
          confidence: value.confidence,
          note: value.note ?? null,
        })),
        explanation: figure.status === 'disputed' ? figure.summary : null,
        sortValue: figure.status === 'reported' ? figure.value : null,
      };
    }
    default:
      return {
        column,
        status: figure.status,
        values: [
          {
            text: missingLabels[figure.status],
            basis: null,
            asOf: null,
            asOfLabel: null,
            sources: figure.sources.map((source) => source.id),
            confidence: null,
            note: null,
          },
        ],
        explanation: figure.reason,
        sortValue: null,
      };
  }
}

/** The cells of one company's row, in column order. */
export function companyCells(company: Company): Cell[] {
  return companyColumns.map((column) => {
    const data = company[column.id];
    if ('status' in data) return figureCell(column, data);
    return { column, status: 'fact', values: [fromFact(data)], explanation: null, sortValue: null };
  });
}

/** A cell as one line of text: what the CSV holds and the table shows. */
export const cellText = (cell: Cell): string => cell.values.map((value) => value.text).join(' or ');
