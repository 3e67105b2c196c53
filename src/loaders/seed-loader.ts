/**
 * Content Layer loader for seeds: every `*.txt` in one folder becomes an
 * entry of the `seeds` collection (id = file name without `.txt`). Parsing
 * lives in `src/lib/seed/seed.ts`; this file only reads files and fills the store.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { decodeSeed, parseSeed, SeedError } from '../lib/seed/seed';
import { seedSchema } from '../schemas/seed';
import { reportContentProblem } from './content-problems';
import { irregularFiles } from './regular-files';

export interface SeedLoaderOptions {
  /** Folder of the seed files, relative to the project root. */
  folder: string;
}

/** Loads `<folder>/*.txt` as seeds; under `astro dev` it reloads on every change. */
export function seedLoader({ folder }: SeedLoaderOptions): Loader {
  return {
    name: 'seed-loader',
    schema: seedSchema,
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const directory = path.resolve(root, folder);
      await loadAll(context, root, directory);
      context.watcher?.add(directory);
      // Reloads run one after another: two at once could end in the wrong order, the older files loaded last.
      let reloads = Promise.resolve();
      const reloadOnce = async (changed: string, again: boolean): Promise<void> => {
        try {
          await loadAll(context, root, directory);
          reportContentProblem(context.collection);
          context.logger.info(`Reloaded seeds after a change to ${path.relative(root, changed)}`);
        } catch (error) {
          // A seed read while it is being saved can be empty or cut short, and the watcher may not
          // report the end of the save: read once more, a moment later, before saying it is broken.
          if (again) {
            setTimeout(() => {
              reloads = reloads.then(() => reloadOnce(changed, false));
            }, 150);
          } else {
            // In dev a bad edit must not stop the server: the pages show it (content-problems.ts) until it is fixed.
            reportContentProblem(context.collection, error);
            context.logger.error(error instanceof Error ? error.message : String(error));
          }
        }
      };
      const reload = (changed: string): void => {
        if (path.dirname(changed) !== directory || !changed.endsWith('.txt')) return;
        reloads = reloads.then(() => reloadOnce(changed, true));
      };
      context.watcher?.on('change', reload);
      context.watcher?.on('add', reload);
      context.watcher?.on('unlink', reload);
    },
  };
}

async function loadAll(context: LoaderContext, root: string, directory: string): Promise<void> {
  const isSeed = (name: string) => name.endsWith('.txt');
  // Only regular files are read: a link could publish any file of the machine that builds (regular-files.ts).
  const irregular = await irregularFiles(root, path.relative(root, directory), { recursive: false, isEntry: isSeed });
  const names = (await readdir(directory, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && isSeed(entry.name))
    .map((entry) => entry.name)
    .sort();
  // All files are read at once: one after the other, a thousand seeds wait a
  // thousand times on the disk. They are still parsed in name order.
  const contents = await Promise.all(names.map((name) => readFile(path.join(directory, name))));
  const bySlug = new Map<string, string>();
  const entries = [];
  // Every seed is read before any error is raised, so an editor sees all the bad files at once.
  const problems: string[] = [...irregular];
  for (const [index, name] of names.entries()) {
    const file = path.relative(root, path.join(directory, name)).split(path.sep).join('/');
    let parsed;
    try {
      parsed = parseSeed(decodeSeed(contents[index]!, file), file);
    } catch (error) {
      if (!(error instanceof SeedError)) throw error;
      problems.push(error.message);
      continue;
    }
    const clash = bySlug.get(parsed.slug);
    if (clash) {
      problems.push(
        `${file}: its title gives the same address (/${parsed.slug}/) as ${clash}. Change one of the two titles.`,
      );
      continue;
    }
    bySlug.set(parsed.slug, file);
    const id = name.replace(/\.txt$/, '');
    const data = await context.parseData({ id, data: { ...parsed, file }, filePath: file });
    entries.push({ id, data, filePath: file, digest: context.generateDigest(data) });
  }
  if (problems.length === 1) throw new SeedError(problems[0]);
  if (problems.length > 1)
    throw new SeedError(`${problems.length} seeds cannot be published:\n- ${problems.join('\n- ')}`);
  // Replace the whole collection only once every file has parsed. When the
  // same files are there in the same order, entries are set in place: Astro
  // skips an entry whose digest has not changed, so a rebuild with unchanged
  // seeds does not rewrite them, and the order stays the files' order.
  const kept = context.store.keys();
  const sameFiles = kept.length === entries.length && entries.every((entry, index) => kept[index] === entry.id);
  if (!sameFiles) context.store.clear();
  for (const entry of entries) context.store.set(entry);
}
