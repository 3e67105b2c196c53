/**
 * Sorting for the comparison table's optional sort buttons. Pure, so the
 * order is tested without a browser; the page's script only moves rows.
 */
export type SortDirection = 'ascending' | 'descending';
export type SortKind = 'number' | 'text';

/** The next state of a column's sort button: off → descending → ascending → off (the default order). */
export function nextDirection(current: SortDirection | null): SortDirection | null {
  if (current === null) return 'descending';
  return current === 'descending' ? 'ascending' : null;
}

/**
 * Items ordered by their key. Items without a key (no number in the cell)
 * always come last, in their original order; ties keep their original order.
 */
export function sortByKey<T>(
  items: readonly { item: T; key: string }[],
  kind: SortKind,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: string, b: string) => (kind === 'number' ? Number(a) - Number(b) : a.localeCompare(b, 'en'));
  const withKey = items.filter((entry) => entry.key !== '');
  const withoutKey = items.filter((entry) => entry.key === '');
  return [...withKey.sort((a, b) => sign * compare(a.key, b.key)), ...withoutKey].map((entry) => entry.item);
}
