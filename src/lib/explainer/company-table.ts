/**
 * The comparison table, defined once: the columns a table can have, which
 * of them a story shows, and how each company's data becomes cells. The
 * page, companies.csv and companies.json all read this model, so they
 * cannot disagree.
 */
import type { Company, TableColumnId } from '../../schemas/company';
import { tableColumnIds } from '../../schemas/company';
import { figureMeasures, type Fact, type Figure, type FigureMeasure, type ReportedValue } from '../../schemas/figure';
import { formatDate, formatReported, missingLabels } from '../site/format';

export type ColumnId = TableColumnId;

export interface Column {
  id: ColumnId;
  /** The header: what the numbers measure, their unit and basis. */
  label: string;
  /** The column in running text, e.g. "revenue run-rate". */
  name: string;
  /** What the column means, for the table's notes and data files. */
  description: string;
  /** The one measure of the column's numbers; a figure of another measure is "No comparable figure". Null for facts. */
  measure: FigureMeasure | null;
}

/** A column of a story's table, which knows whether its numbers can be compared. */
export interface TableColumn extends Column {
  /** True when at least two of its cells hold a number of the column's measure. */
  comparable: boolean;
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
    label: 'Valuation, latest private round (US$, post-money)',
    description:
      'Post-money value set by the latest private funding round or share sale. A listed company has a market capitalisation instead, which is not comparable.',
    measure: 'private-valuation',
  },
  revenueRunRate: {
    name: 'revenue run-rate',
    label: 'Revenue run-rate, whole company (US$ a year)',
    description:
      'The whole company’s annualised revenue run-rate. A business unit’s run-rate or one quarter’s revenue is not comparable.',
    measure: 'revenue-run-rate',
  },
  ownsDataCentres: {
    name: 'data centres',
    label: 'Owns data centres',
    description: 'Whether the company owns the data centres it computes in, rents them, or builds them with partners.',
    measure: null,
  },
  computePartners: {
    name: 'compute partners',
    label: 'Main compute and cloud partners',
    description: 'Who supplies its computing power.',
    measure: null,
  },
  products: {
    name: 'products',
    label: 'Flagship products',
    description: 'Its best-known AI products.',
    measure: null,
  },
  consumerReach: {
    name: 'weekly users',
    label: 'Weekly active users of its AI assistant',
    description:
      'Weekly active users of its AI assistant. Monthly users, or users of another platform it owns, are not comparable.',
    measure: 'weekly-active-users',
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
    measure: 'ownership-share',
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
 * company's own row in the stake column is not data about it. Whether a
 * column can be sorted depends on its cells: see `companyTable`.
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

/** One value of a cell, with its evidence: a disputed figure has several. */
export interface CellValue {
  /** The value as read, e.g. "over $5 billion", "14%", or a fact's words. */
  text: string;
  /** The number and its unit; null for a fact or a missing figure. */
  value: number | null;
  unit: string | null;
  /** What the number measures; null for a fact or a missing figure. */
  measure: FigureMeasure | null;
  /** Where the number comes from, in a few words, e.g. "Series F round". */
  basis: string | null;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the value refers to. */
  asOf: string | null;
  /** The same date for readers, e.g. "2 Sept 2025". */
  asOfLabel: string | null;
  sources: string[];
  confidence: string | null;
  note: string | null;
}

/** What a cell holds: a figure's status, a fact, or a figure of another measure than its column's. */
export type CellStatus = Figure['status'] | 'fact' | 'no-comparable';

/** The words of each status of a figure in the table; a reported figure needs none. */
export const figureStatusLabels = {
  ...missingLabels,
  disputed: 'Sources disagree',
  'no-comparable': 'No comparable figure',
} as const satisfies Partial<Record<CellStatus, string>>;

/**
 * One cell in two layers. The reader layer is `headline` and `basis`; the
 * evidence layer is `values` (each with its date, confidence, note and
 * sources) and `explanation`.
 */
export interface Cell {
  column: Column;
  status: CellStatus;
  /** The one thing read at a glance: "$183 billion", "$75–113 billion", "No comparable figure", "Partly". */
  headline: string;
  /** A few words beside the headline: the figure's basis, a yes/no fact's detail; null when there is none. */
  basis: string | null;
  values: CellValue[];
  /** The dispute in one sentence, why there is no number, or what the figure of another measure is. */
  explanation: string | null;
  /** A reported number of the column's measure, comparable with the column's others; else null. */
  comparableValue: number | null;
}

const fromFact = (fact: Fact): CellValue => ({
  text: fact.text,
  value: null,
  unit: null,
  measure: null,
  basis: null,
  asOf: fact.asOf,
  asOfLabel: formatDate(fact.asOf),
  sources: fact.sources.map((source) => source.id),
  confidence: fact.confidence,
  note: fact.note ?? null,
});

const fromReported = (value: ReportedValue): CellValue => ({
  text: formatReported(value),
  value: value.value,
  unit: value.unit,
  measure: value.measure,
  basis: value.basis,
  asOf: value.asOf,
  asOfLabel: formatDate(value.asOf),
  sources: value.sources.map((source) => source.id),
  confidence: value.confidence,
  note: value.note ?? null,
});

/** "$75–113 billion" when the ends share their scale, else "about $5 billion to $7 billion". */
export function formatRange(values: readonly ReportedValue[]): string {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const [low, high] = [sorted[0], sorted.at(-1)];
  if (!low || !high) return '';
  const [from, to] = [formatReported(low), formatReported(high)];
  if (low.value === high.value) return from;
  const scale = / (?:million|billion|trillion)(?: users)?$|%$/.exec(from)?.[0];
  if (!low.qualifier && !high.qualifier && scale && to.endsWith(scale)) {
    return `${from.slice(0, -scale.length)}–${to.slice(0, -scale.length).replace(/^\$/, '')}${scale}`;
  }
  return `${from} to ${to}`;
}

function figureCell(column: Column, figure: Figure): Cell {
  if (figure.status !== 'reported' && figure.status !== 'disputed') {
    return {
      column,
      status: figure.status,
      headline: figureStatusLabels[figure.status],
      basis: null,
      values: [
        {
          text: figureStatusLabels[figure.status],
          value: null,
          unit: null,
          measure: null,
          basis: null,
          asOf: null,
          asOfLabel: null,
          sources: figure.sources.map((source) => source.id),
          confidence: null,
          note: null,
        },
      ],
      explanation: figure.reason,
      comparableValue: null,
    };
  }
  const reported = figure.status === 'reported' ? [figure] : figure.values;
  const values = reported.map(fromReported);
  // A dispute's values share one measure (the schema says so), so the first stands for all.
  const measure = reported[0]?.measure;
  if (column.measure !== null && measure !== undefined && measure !== column.measure) {
    return {
      column,
      status: 'no-comparable',
      headline: figureStatusLabels['no-comparable'],
      basis: figure.status === 'reported' ? figure.basis : null,
      values,
      explanation: `What exists: ${values.map((value) => value.text).join(' or ')}, ${figureMeasures[measure].name}.`,
      comparableValue: null,
    };
  }
  if (figure.status === 'disputed') {
    return {
      column,
      status: 'disputed',
      headline: formatRange(figure.values),
      basis: null,
      values,
      explanation: figure.summary,
      comparableValue: null,
    };
  }
  return {
    column,
    status: 'reported',
    headline: formatReported(figure),
    basis: figure.basis,
    values,
    explanation: null,
    comparableValue: figure.value,
  };
}

const yesNo = { true: 'Yes', false: 'No', partly: 'Partly' } as const;

function factCell(column: Column, fact: Fact & { value?: boolean | 'partly' }): Cell {
  const answered = fact.value !== undefined;
  return {
    column,
    status: 'fact',
    headline: answered ? yesNo[String(fact.value) as keyof typeof yesNo] : fact.text,
    basis: answered ? fact.text : null,
    values: [fromFact(fact)],
    explanation: null,
    comparableValue: null,
  };
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
    return 'status' in value ? figureCell(column, value) : factCell(column, value);
  });
}

/** A cell as one line of text, for the data files: its headline, or a dispute's every value. */
export const cellText = (cell: Cell): string =>
  cell.status === 'disputed' ? cell.values.map((value) => value.text).join(' or ') : cell.headline;

/** What the cell says beside its values: the dispute, why there is no number, what exists instead, and the values' notes. */
export const cellNote = (cell: Cell): string =>
  [cell.explanation, ...cell.values.map((value) => value.note)].filter((note) => note !== null).join(' | ');

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
  columns: TableColumn[];
  rows: TableRow[];
}

/**
 * The table of `companies` (in order) for a story about `subject`, with the
 * columns it names or has data for. A column can be sorted when at least two
 * of its cells hold a number of its measure.
 */
export function companyTable(
  companies: readonly CompanyRow[],
  subject: Subject | undefined,
  ids?: readonly ColumnId[],
): CompanyTable {
  const columns = storyColumns(companies, subject, ids);
  const rows = companies.map((company) => ({
    id: company.id,
    name: company.data.name,
    role: company.data.role,
    subject: company.id === subject?.id,
    cells: companyCells(company, columns, subject),
  }));
  // Numbers of one measure compare; a column with fewer than two has nothing to compare.
  const countComparable = (index: number) => rows.filter((row) => row.cells[index]?.comparableValue != null).length;
  return {
    columns: columns.map((column, index) => ({
      ...column,
      comparable: column.measure !== null && countComparable(index) >= 2,
    })),
    rows,
  };
}
