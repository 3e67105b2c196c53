/** A plain number, signed or not, which a spreadsheet reads as a number, never as a formula. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** What a spreadsheet takes as the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A field as a spreadsheet will show it: a text that would start a formula
 * gets a leading apostrophe, as OWASP advises, so opening the CSV never runs
 * `=HYPERLINK(…)` or `@SUM(…)`; a plain number such as `-5` stays a number.
 */
export function neutralizeFormula(field: string): string {
  return FORMULA_START.test(field) && !NUMBER.test(field) ? `'${field}` : field;
}

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends, formulas neutralised. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return (
    rows
      .map((row) => row.map((field) => `"${neutralizeFormula(field).replaceAll('"', '""')}"`).join(','))
      .join('\r\n') + '\r\n'
  );
}
