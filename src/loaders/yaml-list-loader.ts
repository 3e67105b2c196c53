/**
 * Content Layer loader for a YAML list of entries with ids (the
 * bibliography, content/sources.yaml), in place of Astro's file() loader.
 * That loader only logs a YAML error and keeps what its store held: with a
 * warm cache the build publishes the previous bibliography, with a cold one
 * every citation fails as "no such entry". It also keeps one of two entries
 * with the same id. Here each of these stops the build with the file, the
 * line and the fix (see yaml-list.ts), and the store is replaced only once
 * the whole file has parsed and every entry matches the schema.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { reportContentProblem } from './content-problems';

/** Where the loader keeps the digest of the text it last loaded. */
const DIGEST_KEY = 'text-digest';

export interface YamlListLoaderOptions {
  /** The file, relative to the project root. */
  file: string;
}

/** Loads the entries of a YAML list; under `astro dev` it reloads when the file changes. */
export function yamlListLoader({ file }: YamlListLoaderOptions): Loader {
  return {
    name: 'yaml-list-loader',
    async load(context) {
      const absolute = path.resolve(fileURLToPath(context.config.root), file);
      await loadFile(context, absolute, file);
      context.watcher?.add(absolute);
      // Reloads run one after another: two at once could end in the wrong order, the older text loaded last.
      let reloads = Promise.resolve();
      const reload = (changed: string): void => {
        if (changed !== absolute) return;
        reloads = reloads.then(async () => {
          try {
            await loadFile(context, absolute, file);
            reportContentProblem(context.collection);
            context.logger.info(`Reloaded ${file}`);
          } catch (error) {
            // In dev a bad edit must not stop the server: the pages show it (content-problems.ts) until it is fixed.
            reportContentProblem(context.collection, error);
            context.logger.error(error instanceof Error ? error.message : String(error));
          }
        });
      };
      context.watcher?.on('change', reload);
    },
  };
}

async function loadFile(context: LoaderContext, absolute: string, file: string): Promise<void> {
  const text = await readFile(absolute, 'utf8');
  // A file unchanged since the last build is not parsed and checked again: its entries are in the
  // store already. Astro's glob() loader does the same for each file; like it, a change to the
  // schema alone needs \`astro build --force\`, which empties the store.
  const digest = context.generateDigest(text);
  if (context.meta.get(DIGEST_KEY) === digest && context.store.keys().length > 0) return;
  // Loaded only now, as a file that did not change needs no parser: a rebuild after an edit
  // elsewhere never loads the yaml package (about 70 modules).
  const { parseYamlList } = await import('./yaml-list');
  const entries = parseYamlList(text, file);
  const parsed = [];
  for (const [index, { id, data, line }] of entries.entries()) {
    try {
      parsed.push({ id, data: await context.parseData({ id, data, filePath: absolute }) });
    } catch (error) {
      // Astro says line 0: point at the field the error names, or at least at the entry.
      await locateInList(error, text, index, line);
      throw error;
    }
  }
  context.store.clear();
  for (const { id, data } of parsed) {
    context.store.set({ id, data, filePath: file, digest: context.generateDigest(data) });
  }
  context.meta.set(DIGEST_KEY, digest);
}

/** Sets the location of a schema error of the list's entry `index` (on `entryLine`) to the field it names. */
async function locateInList(error: unknown, text: string, index: number, entryLine: number): Promise<void> {
  if (!(error instanceof Error && 'loc' in error && typeof error.loc === 'object')) return;
  const { firstField, lineOfField } = await import('./field-lines');
  const field = firstField(error.message);
  const line = (field && lineOfField(text, [index, ...field])) ?? entryLine;
  error.loc = { ...error.loc, line, column: 1 };
}
