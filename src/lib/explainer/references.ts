/**
 * Reference integrity across collections. Astro only logs a dangling
 * `reference()` ("Invalid content reference") and builds anyway, so the
 * site checks every reference itself and fails the build with the file,
 * the field and the ids it could have meant.
 * Upstream: https://github.com/withastro/astro/issues/17322 (fixed by
 * https://github.com/withastro/astro/pull/17582, which logs an error but still builds).
 */
import { nearest } from '../site/nearest';

/** A parsed `reference()`: Astro turns the id into `{ collection, id }`. */
interface ReferenceValue {
  collection: string;
  id: string;
}

export interface EntryToCheck {
  /** Where the entry lives, relative to the project, e.g. "content/timeline/x.md". */
  file: string;
  data: unknown;
}

const isReference = (value: unknown): value is ReferenceValue =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 2 &&
  typeof (value as ReferenceValue).collection === 'string' &&
  typeof (value as ReferenceValue).id === 'string';

/** Every reference in `data` with the path of its field, e.g. ["valuation.sources[0]", { ... }]. */
export function collectReferences(data: unknown, at = ''): [field: string, reference: ReferenceValue][] {
  if (isReference(data)) return [[at, data]];
  if (Array.isArray(data)) return data.flatMap((item, index) => collectReferences(item, `${at}[${index}]`));
  if (typeof data === 'object' && data !== null) {
    return Object.entries(data).flatMap(([key, value]) => collectReferences(value, at ? `${at}.${key}` : key));
  }
  return [];
}

/** The ids of `collection` that `data` refers to anywhere, e.g. every source an entry cites. */
export function referencedIds(data: unknown, collection: string): string[] {
  return collectReferences(data).flatMap(([, reference]) =>
    reference.collection === collection ? [reference.id] : [],
  );
}

/** How many of the nearest ids a message about an unknown id offers. */
const SUGGESTIONS = 3;

/**
 * Messages for every reference to an id that does not exist, with the ids
 * nearest to it (not all of them: a bibliography has hundreds), e.g.
 * `content/stories/s/timeline/x.md: "actor" refers to "jane", but there is no such entry in content/people/. Closest ids: jane-example, jan, joe.`
 */
export function findDanglingReferences(
  entries: readonly EntryToCheck[],
  existing: Readonly<Record<string, ReadonlySet<string>>>,
  locations: Readonly<Record<string, string>>,
): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    for (const [field, reference] of collectReferences(entry.data)) {
      const ids = existing[reference.collection];
      if (ids?.has(reference.id)) continue;
      const where = locations[reference.collection] ?? reference.collection;
      const closest = nearest(reference.id, ids ?? [], SUGGESTIONS);
      const offer = closest.length > 0 ? `Closest ids: ${closest.join(', ')}.` : 'It has no entries yet.';
      problems.push(
        `${entry.file}: "${field}" refers to "${reference.id}", but there is no such entry in ${where}. ${offer}`,
      );
    }
  }
  return problems;
}
