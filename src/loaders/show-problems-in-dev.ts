/**
 * Wraps the content loaders so that, under `astro dev`, what they cannot load
 * reaches the browser (see content-problems.ts) instead of the terminal
 * only. A build gets the loaders as they are, and fails on the first error.
 *
 * - A file whose frontmatter does not parse or whose data does not match
 *   the schema is recorded with the text that failed, and shown for as long
 *   as the file holds that text.
 * - A loader that fails while the server starts (Astro would stop the
 *   server) is recorded under the collection's name, and run again on the
 *   next change to any file until it loads; then its own watching takes over.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isReportedElsewhere, reportContentProblem, reportFileProblem } from './content-problems';

/**
 * How markdown and YAML files are read. Astro passes these to every loader
 * (the glob loader reads them) without declaring them on LoaderContext.
 */
type EntryTypes = Map<string, { getEntryInfo: (params: { fileUrl: URL; contents: string }) => unknown }>;

/** The collections, each loader reporting its problems to the pages under `astro dev`. */
export function showProblemsInDev<Collections extends Record<string, object>>(collections: Collections): Collections {
  return Object.fromEntries(
    Object.entries(collections).map(([name, collection]) => [
      name,
      'loader' in collection && isLoader(collection.loader)
        ? { ...collection, loader: reporting(collection.loader) }
        : collection,
    ]),
  ) as Collections;
}

const isLoader = (loader: unknown): loader is Loader =>
  typeof loader === 'object' && loader !== null && 'load' in loader && typeof loader.load === 'function';

/** `loader`, reporting its problems to the pages under `astro dev`. */
function reporting(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      const { watcher } = context;
      if (!watcher) return loader.load(context);
      const tracked = trackFiles(context);
      const run = async () => {
        try {
          await loader.load(tracked);
          reportContentProblem(context.collection);
          return true;
        } catch (error) {
          // A file's own problem is recorded under its path already: say it once.
          reportContentProblem(context.collection, isReportedElsewhere(context.collection, error) ? undefined : error);
          return false;
        }
      };
      if (await run()) return;
      context.logger.error(`${context.collection} did not load; the pages show the error until it is fixed.`);
      // One run at a time, and one more after it if a change came meanwhile, so the last run reads the last edit.
      let running: Promise<void> | undefined;
      let again = false;
      const retry = () => {
        if (running) {
          again = true;
          return;
        }
        running = (async () => {
          do {
            again = false;
            if (await run()) {
              for (const event of ['change', 'add', 'unlink'] as const) watcher.off(event, retry);
              context.logger.info(`${context.collection} loaded after a change`);
              return;
            }
          } while (again);
        })().finally(() => (running = undefined));
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, retry);
    },
  };
}

/**
 * The context with the parsing of each file watched: a failure is recorded
 * for the file and the text that failed (content-problems.ts), the text the
 * loader read when it is known, else the file's text now.
 */
function trackFiles(context: LoaderContext): LoaderContext {
  const root = fileURLToPath(context.config.root);
  const named = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');
  // The data that the glob loader parses comes from getEntryInfo: which file and text it was read from.
  const readFrom = new WeakMap<object, { absolute: string; contents: string }>();
  const entryTypes = (context as LoaderContext & { entryTypes?: EntryTypes }).entryTypes;
  // A file read while it is being saved can fail, and the watcher may not report the end of the
  // save: when the file no longer holds the text that failed, a moment later, have it read again.
  const failed = (file: string, absolute: string, contents: string, error: unknown) => {
    reportFileProblem(file, absolute, contents, error);
    setTimeout(() => {
      if (textOf(absolute) !== contents) context.watcher?.emit('change', absolute);
    }, 150);
  };
  return {
    ...context,
    parseData: async (props) => {
      try {
        const data = await context.parseData(props);
        if (!props.filePath) reportContentProblem(`${context.collection} → ${props.id}`);
        return data;
      } catch (error) {
        const read = readFrom.get(props.data);
        const absolute = read?.absolute ?? (props.filePath && path.resolve(root, props.filePath));
        if (!absolute) reportContentProblem(`${context.collection} → ${props.id}`, error);
        else failed(named(absolute), absolute, read?.contents ?? textOf(absolute), error);
        throw error;
      }
    },
    ...(entryTypes && {
      entryTypes: new Map(
        [...entryTypes].map(([extension, type]) => [
          extension,
          {
            ...type,
            getEntryInfo: async (params: { fileUrl: URL; contents: string }) => {
              const absolute = fileURLToPath(params.fileUrl);
              try {
                const info = await type.getEntryInfo(params);
                const data = (info as { data?: unknown } | undefined)?.data;
                if (typeof data === 'object' && data !== null)
                  readFrom.set(data, { absolute, contents: params.contents });
                return info;
              } catch (error) {
                failed(named(absolute), absolute, params.contents, error);
                throw error;
              }
            },
          },
        ]),
      ),
    }),
  };
}

/** The text of a file now, or an empty string when it cannot be read. */
function textOf(absolute: string): string {
  try {
    return readFileSync(absolute, 'utf8');
  } catch {
    return '';
  }
}
