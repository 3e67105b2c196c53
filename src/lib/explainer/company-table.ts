/**
 * The comparison table, defined once: the columns a table can have, which
 * of them a story shows, and how each company's data becomes cells. The
 * page, companies.csv and companies.json all read this model, so they
 * cannot disagree.
 */
import type { Company, TableColumnId } from '../../schemas/company';
import { tableColumnIds } from '../../schemas/company';
import type { Fact, Figure } from '../../schemas/figure';
import { formatDate, formatReported, missingLabels } from '../site/format';

export type ColumnId = TableColumnId;

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

/** The company a story is about, which its "stake in" column names. */
export interface Subject {
  id: string;
  name: string;
}

/** A company as the table reads it: its id and its data. */
export interface CompanyRow {
  id: string;
  data: Company;
}

const fixedColumns: Record<Exclude<ColumnId, 'stake'>, Omit<Column, 'id'>> = {
  valuation: {
    name: 'valuation',
    label: 'Valuation (US$)',
    description: 'Post-money value of the latest funding round, or market capitalisation for a listed company.',
    sortable: true,
  },
  revenueRunRate: {
    name: 'revenue run-rate',
    label: 'Revenue run-rate (US$ a year)',
    description: 'Annualised revenue; where none is published, the nearest revenue figure, with its basis.',
    sortable: true,
  },
  ownsDataCentres: {
    name: 'data centres',
    label: 'Owns data centres',
    description: 'Whether the company owns the data centres it computes in.',
    sortable: false,
  },
  computePartners: {
    name: 'compute partners',
    label: 'Main compute and cloud partners',
    description: 'Who supplies its computing power.',
    sortable: false,
  },
  products: {
    name: 'products',
    label: 'Flagship products',
    description: 'Its best-known AI products.',
    sortable: false,
  },
  consumerReach: {
    name: 'consumer reach',
    label: 'Consumer reach (users)',
    description: 'The largest published user count of its products, with what was counted.',
    sortable: true,
  },
};

/**
 * The column `id` as a story with `subject` shows it; the stake column
 * exists only for a story with a subject, and is named after it.
 */
export function tableColumn(id: ColumnId, subject: Subject | undefined): Column | undefined {
  if (id !== 'stake') return { id, ...fixedColumns[id] };
  if (!subject) return undefined;
  return {
    id,
    name: `stake in ${subject.name}`,
    label: `Stake in ${subject.name} (%)`,
    description: `Share of ${subject.name} the company owns.`,
    sortable: true,
  };
}

/**
 * What `company` gives for `column`: a figure, a fact, or undefined when its
 * file says nothing. In the stake column, the subject's own row is "not
 * applicable" without being written down.
 */
export function columnValue(
  company: CompanyRow,
  column: ColumnId,
  subject: Subject | undefined,
): Figure | Fact | undefined {
  if (column !== 'stake') return company.data[column];
  if (!subject) return undefined;
  if (company.id === subject.id) {
    return { status: 'not-applicable', reason: `This row is ${subject.name} itself.`, sources: [] };
  }
  return company.data.stakes[subject.id];
}

/**
 * The columns of a story's table: those it names, in its order, or else
 * every column for which at least one of its companies has data. A
 * company's own row in the stake column is not data about it.
 */
export function storyColumns(
  companies: readonly CompanyRow[],
  subject: Subject | undefined,
  ids?: readonly ColumnId[],
): Column[] {
  const hasData = (id: ColumnId) =>
    companies.some(
      (company) => !(id === 'stake' && company.id === subject?.id) && columnValue(company, id, subject) !== undefined,
    );
  return (ids ?? tableColumnIds.filter(hasData)).flatMap((id) => tableColumn(id, subject) ?? []);
}

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

/**
 * The cells of one company's row, in the order of `columns`. A value the
 * company's file does not give is "Not found"; the model refuses to build
 * a page with such a cell, so it only shows in tests and tools.
 */
export function companyCells(company: CompanyRow, columns: readonly Column[], subject: Subject | undefined): Cell[] {
  return columns.map((column) => {
    const value = columnValue(company, column.id, subject) ?? {
      status: 'not-found' as const,
      reason: `Not given in the company's file.`,
      sources: [],
    };
    if ('status' in value) return figureCell(column, value);
    return { column, status: 'fact', values: [fromFact(value)], explanation: null, sortValue: null };
  });
}

/** A cell as one line of text: what the CSV holds and the table shows. */
export const cellText = (cell: Cell): string => cell.values.map((value) => value.text).join(' or ');

/** What the cell says beside its values: why there is no number, the dispute, or the values' notes. */
export const cellNote = (cell: Cell): string =>
  cell.explanation ??
  cell.values
    .map((value) => value.note)
    .filter((note) => note !== null)
    .join(' | ');

/** One row of a story's table. */
export interface TableRow {
  id: string;
  name: string;
  /** Its part in the story, one sentence. */
  role: string;
  /** Whether it is the company the article is about. */
  subject: boolean;
  cells: Cell[];
}

/** A story's comparison table: its columns and one row per company, in the story's order. */
export interface CompanyTable {
  columns: Column[];
  rows: TableRow[];
}

/** The table of `companies` (in order) for a story about `subject`, with the columns it names or has data for. */
export function companyTable(
  companies: readonly CompanyRow[],
  subject: Subject | undefined,
  ids?: readonly ColumnId[],
): CompanyTable {
  const columns = storyColumns(companies, subject, ids);
  return {
    columns,
    rows: companies.map((company) => ({
      id: company.id,
      name: company.data.name,
      role: company.data.role,
      subject: company.id === subject?.id,
      cells: companyCells(company, columns, subject),
    })),
  };
}
