/**
 * Ids that cannot silently collide. Astro's glob() loader keeps one of two
 * files that give the same id and only warns (its DuplicateContentEntrySlugError
 * is a warning unless `prerenderConflictBehavior` is "error", which would also
 * change how routes clash). Timeline ids are file names, unique across every
 * story's folder, so two stories can give the same one. The `generateId`
 * made here remembers which file gave each id and fails the load naming both.
 */
import { existsSync } from 'node:fs';

/** Two files give one id; the message names both and the fix. */
export class DuplicateIdError extends Error {
  override name = 'DuplicateIdError';
  constructor(
    message: string,
    /** The second file, which Astro prints as the error's location. */
    readonly loc: { file: string },
  ) {
    super(message);
  }
}

/** What the glob() loader passes to `generateId`. */
export interface GenerateIdOptions {
  /** The file, relative to the loader's base folder. */
  entry: string;
  /** The base folder. */
  base: URL;
}

/** The id of a file when nothing else says: its path under the base folder without `.md`. */
export const pathId = (entry: string): string => entry.replace(/\.md$/, '');

/**
 * A `generateId` for the glob() loader of the files under `folder` (relative
 * to the project, for messages) that gives each file `idOf(entry)` and throws
 * a DuplicateIdError when a second file that exists gives an id a first one
 * already gave. A file deleted since (under `astro dev`) no longer holds its id.
 */
export function uniqueIds(folder: string, idOf: (entry: string) => string = pathId) {
  const entryOfId = new Map<string, string>();
  return ({ entry, base }: GenerateIdOptions): string => {
    const id = idOf(entry);
    const other = entryOfId.get(id);
    if (other !== undefined && other !== entry && existsSync(new URL(encodeURI(other), base))) {
      // Files load in no fixed order: name them in name order, so the message is always the same.
      const [first, second] = [other, entry].sort();
      throw new DuplicateIdError(
        `${folder}${second}: gives the id "${id}", which ${folder}${first} gives too. Ids are how other files refer to an entry, so each must be unique: rename one of the two files.`,
        { file: `${folder}${second}` },
      );
    }
    entryOfId.set(id, entry);
    return id;
  };
}
