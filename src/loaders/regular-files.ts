/**
 * Only files that are really inside the repository are published. A symbolic
 * link in seeds/ or content/ (to a file or a folder, inside or outside the
 * repository, or to nothing) could put any file of the machine that builds
 * the site into a page or a data file; a folder named like a seed is a
 * mistake. Both fail the build naming the path, before anything is read.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';

/** A path that is not a regular file where one is read; the message names it and the fix. */
export class IrregularFileError extends Error {
  override name = 'IrregularFileError';
}

const linkMessage = (shown: string) =>
  `${shown}: is a symbolic link. Only regular files inside the repository are published: put the file itself here instead of a link.`;

/**
 * Problems with the entries of `folder` (relative to `root`): every symbolic
 * link, at any depth, and, where `isEntry` says a name is read as an entry
 * (e.g. `*.txt` in seeds/), anything by that name that is not a regular file.
 * Links are never followed. A missing folder has no problems.
 */
export async function irregularFiles(
  root: string,
  folder: string,
  { recursive = true, isEntry = () => false }: { recursive?: boolean; isEntry?: (name: string) => boolean } = {},
): Promise<string[]> {
  const shown = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');
  const problems: string[] = [];
  const visit = async (directory: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const absolute = path.join(directory, entry.name);
      if (entry.isSymbolicLink()) problems.push(linkMessage(shown(absolute)));
      else if (entry.isDirectory() && isEntry(entry.name))
        problems.push(
          `${shown(absolute)}: is a folder, but its name says it is a file to publish. Rename or remove it.`,
        );
      else if (entry.isDirectory() && recursive) await visit(absolute);
      else if (!entry.isFile() && !entry.isDirectory() && isEntry(entry.name))
        problems.push(`${shown(absolute)}: is not a regular file. Put a plain text file here.`);
    }
  };
  await visit(path.resolve(root, folder));
  return problems;
}

/** Throws one IrregularFileError listing every problem, if there is any. */
export function assertRegularFiles(problems: readonly string[]): void {
  if (problems.length === 1) throw new IrregularFileError(problems[0]);
  if (problems.length > 1)
    throw new IrregularFileError(`${problems.length} paths cannot be published:\n- ${problems.join('\n- ')}`);
}

/** Problems with one file read on its own (e.g. content/sources.yaml): a link, or not a regular file. */
export async function irregularFile(root: string, file: string): Promise<string[]> {
  const absolute = path.resolve(root, file);
  const stats = await lstat(absolute).catch(() => undefined);
  if (!stats) return [];
  if (stats.isSymbolicLink()) return [linkMessage(file)];
  return stats.isFile() ? [] : [`${file}: is not a regular file. Put the file itself here.`];
}

/**
 * `loader`, refusing to load while `place` (a folder or a file, relative to
 * the project) is a symbolic link or, for a folder, holds one at any depth.
 */
export function regularFilesOnly(loader: Loader, place: string): Loader {
  return {
    ...loader,
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const stats = await lstat(path.resolve(root, place)).catch(() => undefined);
      const problems =
        stats?.isDirectory() === true ? await irregularFiles(root, place) : await irregularFile(root, place);
      assertRegularFiles(problems);
      return loader.load(context);
    },
  };
}
