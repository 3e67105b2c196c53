/**
 * The downloadable data of an explainer, generated from the same models as
 * the page: companies.csv and companies.json follow the comparison table,
 * timeline.json the timeline, claims.json the checked claims.
 */
import type { TimelineEvent } from '../../schemas/timeline-event';
import { cellNote, cellText, type CompanyTable } from '../explainer/company-table';
import { describeComparison, type FigureComparison } from '../explainer/figure-comparison';
import { formatWhen } from '../site/format';
import { toCsv } from './csv';
import { plainText, type RenderedBody } from './plain-text';

export const dataFileNames = ['companies.csv', 'companies.json', 'timeline.json', 'claims.json'] as const;
export type DataFileName = (typeof dataFileNames)[number];

/** The site path of a data file of an explainer. */
export const dataFilePath = (slug: string, name: DataFileName) => `/data/${slug}/${name}`;

type SourceUrls = ReadonlyMap<string, string>;

/** The distinct non-empty entries of `items`, joined with " | ". */
const joinDistinct = (items: readonly (string | null)[]): string =>
  [...new Set(items.filter((item) => item !== null && item !== ''))].join(' | ');

/**
 * One CSV row per company: its name and role in the story, then each of the
 * story's columns as the table shows it, with its basis, what each number
 * measures (a column holds one measure; a cell whose figure measures
 * something else says "No comparable figure" and names that measure), its
 * date(s), its source URLs and its note: why there is no number ("not
 * found", "not disclosed"), the dispute, what exists instead, and what the
 * values' notes say.
 */
export function companiesCsv(table: CompanyTable, sourceUrls: SourceUrls): string {
  const header = [
    'Company',
    'Role in the story',
    ...table.columns.flatMap((column) => [
      column.label,
      `${column.label}: basis`,
      `${column.label}: measure`,
      `${column.label}: as of`,
      `${column.label}: sources`,
      `${column.label}: note`,
    ]),
  ];
  const rows = table.rows.map((row) => [
    row.name,
    row.role,
    ...row.cells.flatMap((cell) => [
      cellText(cell),
      cell.basis ?? joinDistinct(cell.values.map((value) => value.basis)),
      joinDistinct(cell.values.map((value) => value.measure)),
      joinDistinct(cell.values.map((value) => value.asOf)),
      [...new Set(cell.values.flatMap((value) => value.sources))].map((id) => sourceUrls.get(id) ?? id).join(' '),
      cellNote(cell),
    ]),
  ]);
  return toCsv([header, ...rows]);
}

/**
 * The table as JSON: the time it speaks of, its columns (each with its
 * measure and whether its numbers compare), then each company's cells with both
 * layers: the headline and basis, and every value with its number, measure,
 * date, confidence, note and sources.
 */
export function companiesJson(table: CompanyTable, asOf: string | undefined, sourceUrls: SourceUrls): string {
  return `${JSON.stringify(
    {
      asOf: asOf ?? null,
      columns: table.columns,
      companies: table.rows.map(({ id, name, role, subject, cells }) => ({
        id,
        name,
        role,
        subject,
        cells: cells.map((cell) => ({
          column: cell.column.id,
          status: cell.status,
          headline: cell.headline,
          basis: cell.basis,
          text: cellText(cell),
          explanation: cell.explanation,
          values: cell.values.map((value) => ({
            ...value,
            sources: value.sources.map((source) => sourceUrls.get(source) ?? source),
          })),
        })),
      })),
    },
    null,
    2,
  )}\n`;
}

interface EventRow {
  id: string;
  data: TimelineEvent;
  /** The body as the page shows it: its text goes in the file, never its markup. */
  rendered?: RenderedBody | undefined;
}

/** The timeline as JSON, in the order given (the explainer passes its events in time order). */
export function timelineJson(events: readonly EventRow[], sourceUrls: SourceUrls): string {
  return `${JSON.stringify(
    events.map(({ id, data, rendered }) => ({
      id,
      title: data.title,
      when: formatWhen(data.at),
      at: data.at,
      lane: data.lane,
      kind: data.kind,
      actor: data.actor?.id ?? null,
      actorRole: data.actorRole ?? null,
      quote: data.quote
        ? {
            text: data.quote.text,
            wording: data.quote.wording,
            reportedBy: data.quote.reportedBy?.id ?? null,
            seenIn: data.quote.seenIn?.id ?? null,
          }
        : null,
      paraphrase: data.paraphrase ? { text: data.paraphrase.text, by: data.paraphrase.by.id } : null,
      email: data.email ?? null,
      check: data.check
        ? {
            verdict: data.check.verdict,
            conclusion: data.check.conclusion,
            reasoning: data.check.reasoning,
            against: data.check.against.map((event) => event.id),
            sources: data.check.sources.map((source) => sourceUrls.get(source.id) ?? source.id),
          }
        : null,
      inReplyTo: data.inReplyTo?.id ?? null,
      url: data.url ?? null,
      sources: data.sources.map((source) => sourceUrls.get(source.id) ?? source.id),
      confidence: data.confidence,
      context: plainText(rendered),
    })),
    null,
    2,
  )}\n`;
}

interface ClaimRow {
  id: string;
  number: number;
  data: {
    quote: string;
    verdict: string;
    qualifier?: string | undefined;
    conclusion: string;
    sources: readonly { id: string }[];
  };
  /** The body as the page shows it: its text goes in the file, never its markup. */
  rendered?: RenderedBody | undefined;
  comparison?: FigureComparison | undefined;
}

/** The checked claims as JSON, numbered as on the page, with the numbers compared where there are any. */
export function claimsJson(claims: readonly ClaimRow[], sourceUrls: SourceUrls): string {
  return `${JSON.stringify(
    claims.map(({ id, number, data, rendered, comparison }) => ({
      id,
      number,
      quote: data.quote,
      verdict: data.verdict,
      qualifier: data.qualifier ?? null,
      conclusion: data.conclusion,
      explanation: plainText(rendered),
      comparison: comparison ? { ...comparison, ratioText: describeComparison(comparison).ratio } : null,
      sources: data.sources.map((source) => sourceUrls.get(source.id) ?? source.id),
    })),
    null,
    2,
  )}\n`;
}
