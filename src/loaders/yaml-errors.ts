/**
 * A YAML text that does not parse, said once for every content file
 * (sources.yaml, and the frontmatter of markdown files): the file, the line
 * and column of the problem, the parser's reason and, for the mistakes
 * editors make most, the fix.
 */
import { LineCounter, parseDocument } from 'yaml';

/** Where a problem is, as Astro reads it off an error to print "Location:" and show the lines around it. */
export interface ErrorLocation {
  /** Relative to the project root. */
  file: string;
  line?: number;
  column?: number;
}

/** YAML that does not parse; the message says where, why and the fix. */
export class YamlSyntaxError extends Error {
  override name = 'YamlSyntaxError';
  constructor(
    message: string,
    readonly loc: ErrorLocation,
  ) {
    super(message);
  }
}

/** The fix for the parse errors editors make most, by the parser's code and, where one code has several causes, its words. */
function fixFor(code: string, message: string): string {
  if (/end with a [\]}]/.test(message)) {
    return 'a "[" or "{" opened earlier is not closed: close it on the line it opens, or put a value that starts with it in quotes';
  }
  const fixes: Record<string, string> = {
    BLOCK_AS_IMPLICIT_KEY: 'a value that holds ": " must be in quotes',
    DUPLICATE_KEY: 'delete one of the two',
    TAB_AS_INDENT: 'indent with spaces',
    BAD_INDENT: 'line each field up under the first field of its entry',
  };
  return fixes[code] ?? 'fix it there';
}

/**
 * The first reason the YAML `text` does not parse, as an error naming
 * `file` and the line and column (from 1); `firstLine` is the line of the
 * file the text starts on (2 for a frontmatter after its "---"). Undefined
 * when it parses. A key given twice in one mapping is such a reason too.
 */
export function yamlSyntaxError(text: string, file: string, firstLine = 1): YamlSyntaxError | undefined {
  const lines = new LineCounter();
  const [error] = parseDocument(text, { lineCounter: lines, prettyErrors: false }).errors;
  if (!error) return undefined;
  const position = lines.linePos(error.pos[0]);
  const line = position.line + firstLine - 1;
  const fix = fixFor(error.code, error.message);
  return new YamlSyntaxError(
    `${file}:${line}:${position.col}: the YAML does not parse: ${error.message}. ${fix.charAt(0).toUpperCase()}${fix.slice(1)}; nothing in ${file} is published until the whole file parses.`,
    { file, line, column: position.col },
  );
}
