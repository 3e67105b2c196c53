/**
 * The spreadsheet gate over a CSV file: no cell may start a formula when the
 * file is opened in a spreadsheet (OWASP, "CSV Injection"). Written apart
 * from src/lib/publish/csv.ts, so the gate does not share its mistakes.
 */
import { parse } from 'csv-parse/sync';

/** What a spreadsheet reads as the start of a formula: = + - @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number, which a spreadsheet reads as a number even with a sign. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The cells of `csv` that a spreadsheet would run as a formula, each as written. */
export function formulaCells(csv: string): string[] {
  const rows = parse(csv);
  return rows.flat().filter((cell) => FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell));
}
