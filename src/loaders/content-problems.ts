/**
 * What the dev server could not load, for the pages to show. Under
 * `astro dev` a loader that fails keeps the last entries that loaded, and
 * only the terminal hears of it; the loaders record each problem here, by
 * file, and src/content.ts throws them all, so the browser shows Astro's
 * error overlay until the file is fixed. Builds never record anything:
 * there a content error stops the build.
 *
 * The loaders run in the content layer and the pages in Vite's module
 * runner, which do not share module instances: the record lives on
 * `globalThis`, which they do share.
 */

const KEY = Symbol.for('explainer.content-problems');
const shared = globalThis as { [KEY]?: Map<string, string> };
const problems = (shared[KEY] ??= new Map());

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);

/** Records the problem of `where` (a file, or a collection), or with no error clears it. */
export function reportContentProblem(where: string, error?: unknown): void {
  if (error === undefined) problems.delete(where);
  else problems.set(where, messageOf(error));
}

/** Whether the message of `error` is recorded already, under another file or collection than `where`. */
export function isReportedElsewhere(where: string, error: unknown): boolean {
  const message = messageOf(error);
  return [...problems].some(([other, recorded]) => other !== where && recorded === message);
}

/** Every recorded problem as "<where>: <message>", in the order they were recorded. */
export function contentProblems(): string[] {
  return [...problems].map(([where, message]) => (message.includes(where) ? message : `${where}: ${message}`));
}

/** Throws every recorded problem, so that the dev server shows them in its error overlay. */
export function assertContentLoaded(): void {
  const unloaded = contentProblems();
  if (unloaded.length > 0) throw new Error(`Content could not be loaded:\n- ${unloaded.join('\n- ')}`);
}
