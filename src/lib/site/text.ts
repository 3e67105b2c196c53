const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The first `count` user-perceived characters of `text`: never half an emoji
 * or a letter without its accent, which would print as U+FFFD or a stray mark.
 */
export function sliceGraphemes(text: string, count: number): string {
  let result = '';
  let taken = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (taken === count) break;
    result += segment;
    taken += 1;
  }
  return result;
}

/**
 * Whether `text` has more than `count` graphemes. A grapheme takes at least one
 * UTF-16 unit, so a short text needs no counting, and a long one is counted
 * only until it passes `count` (a build summarizes every article, on several pages).
 */
function hasMoreGraphemes(text: string, count: number): boolean {
  if (text.length <= count) return false;
  const segments = graphemes.segment(text)[Symbol.iterator]();
  for (let seen = 0; seen <= count; seen += 1) {
    if (segments.next().done) return false;
  }
  return true;
}

/**
 * A short plain-text summary for a meta description: the text cut at a word
 * boundary so that it fits `max` characters (graphemes), with an ellipsis when cut.
 */
export function summarize(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!hasMoreGraphemes(flat, max)) return flat;
  const cut = sliceGraphemes(flat, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

/**
 * Words of the article shown as a quotation: in curly marks, unless they
 * already hold the article's own marks, which would then be doubled.
 */
export function quoted(text: string): string {
  return /[“”]/.test(text) ? text : `“${text}”`;
}

/** Minutes a reader needs for `texts` at an unhurried 220 words a minute, at least 1. */
export function readingMinutes(texts: readonly string[], wordsPerMinute = 220): number {
  const words = texts.join(' ').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
