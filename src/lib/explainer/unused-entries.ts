/**
 * Shared entries no story uses: a company no story's table lists, a person
 * no event names. They are not published, so an editor who added one and
 * forgot to list it would otherwise never know; the build says so, once.
 */

/** What the check needs of an entry. */
export interface EntryInUse {
  id: string;
  /** The entry's file, for the message. */
  file: string;
}

/**
 * A warning for each entry whose id is not in `used`, naming its file and
 * how to use it, e.g. `content/people/x.md: no story uses this entry. …`.
 */
export function findUnusedEntries(
  entries: readonly EntryInUse[],
  used: ReadonlySet<string>,
  howToUse: string,
): string[] {
  return entries
    .filter((entry) => !used.has(entry.id))
    .map(
      (entry) => `${entry.file}: no story uses it, so it is not published. ${howToUse.replaceAll('<id>', entry.id)}`,
    );
}
