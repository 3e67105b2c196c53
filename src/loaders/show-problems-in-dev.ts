/**
 * Wraps the content loaders so that, under `astro dev`, what they cannot load
 * reaches the browser (see content-problems.ts) instead of the terminal
 * only. A build gets the loaders as they are, and fails on the first error.
 *
 * - A file whose frontmatter does not parse or whose data does not match
 *   the schema is recorded under its path, and cleared once it loads.
 * - A loader that fails while the server starts (Astro would stop the
 *   server) is recorded under the collection's name, and run again on the
 *   next change to any file until it loads; then its own watching takes over.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isReportedElsewhere, reportContentProblem } from './content-problems';

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

/** The context with the parsing of each file watched: a failure is recorded under the file, a success clears it. */
function trackFiles(context: LoaderContext): LoaderContext {
  const root = fileURLToPath(context.config.root);
  const named = (file: string) => path.relative(root, path.resolve(root, file)).split(path.sep).join('/');
  async function tracking<T>(file: string, step: () => Promise<T> | T): Promise<T> {
    try {
      const result = await step();
      reportContentProblem(file);
      return result;
    } catch (error) {
      reportContentProblem(file, error);
      throw error;
    }
  }
  const entryTypes = (context as LoaderContext & { entryTypes?: EntryTypes }).entryTypes;
  return {
    ...context,
    parseData: (props) =>
      tracking(props.filePath ? named(props.filePath) : `${context.collection} → ${props.id}`, () =>
        context.parseData(props),
      ),
    ...(entryTypes && {
      entryTypes: new Map(
        [...entryTypes].map(([extension, type]) => [
          extension,
          {
            ...type,
            getEntryInfo: (params: { fileUrl: URL; contents: string }) =>
              tracking(named(fileURLToPath(params.fileUrl)), () => type.getEntryInfo(params)),
          },
        ]),
      ),
    }),
  };
}
