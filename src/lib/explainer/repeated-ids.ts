/**
 * A list of ids that names the same entry twice, such as a story's
 * `companies` (the table would show the row twice, with the same anchor):
 * a message naming the file, the field, the id and both places.
 */

/** A message for each id `ids` holds more than once, e.g. `… "companies" lists "acme" twice (items 1 and 3). …`. */
export function findRepeatedIds(file: string, field: string, ids: readonly string[]): string[] {
  const positions = new Map<string, number[]>();
  for (const [index, id] of ids.entries()) positions.set(id, [...(positions.get(id) ?? []), index + 1]);
  return [...positions]
    .filter(([, at]) => at.length > 1)
    .map(([id, at]) => {
      const times = at.length === 2 ? 'twice' : `${at.length} times`;
      const items = `${at.slice(0, -1).join(', ')} and ${at.at(-1)}`;
      return `${file}: "${field}" lists "${id}" ${times} (items ${items}). List each one once.`;
    });
}
