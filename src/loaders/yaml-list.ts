/**
 * Reading a YAML file that is a list of entries, each with an `id` (the
 * bibliography, content/sources.yaml), so that every mistake in it stops
 * the build with the file, the line and the fix. Pure: the loader in
 * yaml-list-loader.ts reads the file and fills the store.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { yamlSyntaxError, type ErrorLocation } from './yaml-errors';

/** The file cannot be published; the message says where and why. */
export class YamlListError extends Error {
  override name = 'YamlListError';
  constructor(
    message: string,
    readonly loc: ErrorLocation,
  ) {
    super(message);
  }
}

/** One entry of the list, with the line it starts on (1-based). */
export interface YamlListEntry {
  id: string;
  line: number;
  data: Record<string, unknown>;
}

/**
 * The entries of the YAML list in `text`; `file` names it in messages.
 * Throws a YamlSyntaxError for text that does not parse (yaml-errors.ts);
 * a YamlListError for anything but a list of mappings; and one YamlListError
 * for every entry without an id and every id given twice (naming both places).
 */
export function parseYamlList(text: string, file: string): YamlListEntry[] {
  const syntax = yamlSyntaxError(text, file);
  if (syntax) throw syntax;
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const list = document.contents;
  if (list === null) return [];
  if (!isSeq(list)) {
    throw new YamlListError(`${file}: must be a list of entries, each starting with "- id: …".`, { file });
  }
  // As plain data, anchors and aliases resolved: one value per item of the list.
  let values: unknown[];
  try {
    values = document.toJS() as unknown[];
  } catch (error) {
    // The yaml package refuses aliases that expand far beyond the text ("billion laughs"): say it for a person.
    if (!(error instanceof ReferenceError)) throw error;
    throw new YamlListError(
      `${file}: its aliases (*name) repeat other values so often that reading them would exhaust the memory of the build (${error.message}). Write each value out instead of repeating it through an alias.`,
      { file },
    );
  }
  const entries: YamlListEntry[] = [];
  const problems: { message: string; line: number }[] = [];
  const lineOfId = new Map<string, number>();
  for (const [index, item] of list.items.entries()) {
    const line = lines.linePos(item && 'range' in item && item.range ? item.range[0] : 0).line;
    if (!isMap(item)) {
      problems.push({
        line,
        message: `${file}:${line}: this entry is not a set of fields. Write it as "- id: …" with its fields below.`,
      });
      continue;
    }
    const idNode = item.get('id', true);
    const id: unknown = isScalar(idNode) ? idNode.value : undefined;
    if (typeof id !== 'string' || id === '') {
      problems.push({
        line,
        message: `${file}:${line}: the entry has no "id". Give it one, e.g. "- id: publisher-2025-09-25".`,
      });
      continue;
    }
    const idLine = idNode?.range ? lines.linePos(idNode.range[0]).line : line;
    const first = lineOfId.get(id);
    if (first !== undefined) {
      problems.push({
        line: idLine,
        message: `${file}:${idLine}: the id "${id}" is already the id of the entry at ${file}:${first}. Each id names one entry: rename one of the two, or delete the repeated entry.`,
      });
      continue;
    }
    lineOfId.set(id, idLine);
    entries.push({ id, line, data: values[index] as Record<string, unknown> });
  }
  const [firstProblem] = problems;
  if (firstProblem) {
    const messages = problems.map((problem) => problem.message);
    const message =
      problems.length === 1
        ? firstProblem.message
        : `${file} has ${problems.length} problems:\n- ${messages.join('\n- ')}`;
    throw new YamlListError(message, { file, line: firstProblem.line, column: 1 });
  }
  return entries;
}
