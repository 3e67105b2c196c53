/**
 * What the dev server could not load, for the pages to show. Under
 * `astro dev` a loader that fails keeps the last entries that loaded, and
 * only the terminal hears of it; the loaders record each problem here, and
 * the middleware and src/content.ts throw them all, so the browser shows
 * Astro's error overlay until the file is fixed. Builds never record
 * anything: there a content error stops the build.
 *
 * The loaders run in the content layer and the pages in Vite's module
 * runner, which do not share module instances: the record lives on
 * `globalThis`, which they do share.
 */
import { readFileSync } from 'node:fs';

interface Problems {
  /** By collection or folder: the problem of its last load. */
  byPlace: Map<string, string>;
  /** By file (relative path): its absolute path, and the problem of each text of it that failed. */
  byFile: Map<string, { absolute: string; failed: Map<string, string> }>;
}

const KEY = Symbol.for('explainer.content-problems');
const shared = globalThis as { [KEY]?: Problems };
const problems = (shared[KEY] ??= { byPlace: new Map(), byFile: new Map() });

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);

/** Records the problem of `where` (a collection or a folder), or with no error clears it. */
export function reportContentProblem(where: string, error?: unknown): void {
  if (error === undefined) problems.byPlace.delete(where);
  else problems.byPlace.set(where, messageOf(error));
}

/**
 * Records that `file` (relative to the project, at `absolute`) does not load
 * while it holds `contents`. Whether a text parses depends on the text alone,
 * so the problem is shown exactly while the file holds that text: the glob
 * loader reloads a file once per watcher event, concurrently, and a read of
 * a file half written may fail after the read of the whole file succeeded.
 */
export function reportFileProblem(file: string, absolute: string, contents: string, error: unknown): void {
  const record = problems.byFile.get(file) ?? { absolute, failed: new Map<string, string>() };
  record.failed.set(contents, messageOf(error));
  problems.byFile.set(file, record);
}

/** The problems of the files as they are now, forgetting those of texts they no longer hold. */
function fileProblems(): [string, string][] {
  const found: [string, string][] = [];
  for (const [file, { absolute, failed }] of problems.byFile) {
    let contents: string;
    try {
      contents = readFileSync(absolute, 'utf8');
    } catch {
      problems.byFile.delete(file);
      continue;
    }
    const message = failed.get(contents);
    if (message === undefined) problems.byFile.delete(file);
    else {
      problems.byFile.set(file, { absolute, failed: new Map([[contents, message]]) });
      found.push([file, message]);
    }
  }
  return found;
}

/** Whether the message of `error` is recorded already, for a file or for another place than `where`. */
export function isReportedElsewhere(where: string, error: unknown): boolean {
  const message = messageOf(error);
  return (
    fileProblems().some(([, recorded]) => recorded === message) ||
    [...problems.byPlace].some(([place, recorded]) => place !== where && recorded === message)
  );
}

/** Every problem as "<where>: <message>": the files', then the collections' and folders'. */
export function contentProblems(): string[] {
  return [...fileProblems(), ...problems.byPlace].map(([where, message]) =>
    message.includes(where) ? message : `${where}: ${message}`,
  );
}

/** Throws every recorded problem, so that the dev server shows them in its error overlay. */
export function assertContentLoaded(): void {
  const unloaded = contentProblems();
  if (unloaded.length > 0) throw new Error(`Content could not be loaded:\n- ${unloaded.join('\n- ')}`);
}
