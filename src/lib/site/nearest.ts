/**
 * "Did you mean …?": the known names nearest to a mistyped one, for the
 * messages that name an unknown field or an unknown id. Nearness is the
 * edit distance (insertions, deletions, substitutions and swaps of two
 * neighbouring letters), ignoring case; a name that contains the typed one,
 * or is contained in it ("jane" and "jane-example"), comes before any other.
 */

/** The number of single-letter edits from `a` to `b`, a swap of neighbours counting as one. */
export function editDistance(a: string, b: string): number {
  // Rows of the classic table: the one before last, the last, and the one being filled.
  let beforeLast: number[] = [];
  let last = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, beforeLast[j - 2]! + 1);
      row.push(best);
    }
    beforeLast = last;
    last = row;
  }
  return last[b.length]!;
}

/** How far `candidate` is from `typed`, for sorting: containment first, then edit distance. */
function nearness(typed: string, candidate: string): [contains: number, distance: number] {
  const a = typed.toLowerCase();
  const b = candidate.toLowerCase();
  return [a.includes(b) || b.includes(a) ? 0 : 1, editDistance(a, b)];
}

/** The `count` names of `known` nearest to `typed`, nearest first (ties in alphabetical order). */
export function nearest(typed: string, known: Iterable<string>, count = 3): string[] {
  return [...new Set(known)]
    .map((name) => ({ name, by: nearness(typed, name) }))
    .sort((x, y) => x.by[0] - y.by[0] || x.by[1] - y.by[1] || x.name.localeCompare(y.name, 'en'))
    .slice(0, count)
    .map(({ name }) => name);
}

/**
 * The one name of `known` that `typed` is most likely a slip for, or
 * undefined when none is close: at most a third of its letters edited
 * (at least one), or one name containing the other.
 */
export function likelyMeant(typed: string, known: Iterable<string>): string | undefined {
  const [best] = nearest(typed, known, 1);
  if (best === undefined) return undefined;
  const [contains, distance] = nearness(typed, best);
  return contains === 0 || distance <= Math.max(1, Math.floor(typed.length / 3)) ? best : undefined;
}
