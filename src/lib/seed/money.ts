/**
 * Money amounts written in prose ("$183 billion", "$5.2 million", "$1,500"),
 * found and turned into plain numbers so the build can compare them with data.
 */

/** One money amount as it stands in a text. */
export interface MoneyMention {
  /** The exact characters of the amount, e.g. "$183 billion". */
  text: string;
  /** The amount in US dollars, e.g. 183000000000. */
  value: number;
  /** Offset of the first character in the searched text. */
  start: number;
  /** Offset just past the last character in the searched text. */
  end: number;
}

const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

// "$" then digits (with optional thousands commas and decimals), then an
// optional scale word. The word must end at a word boundary so that
// "$5 billionaire" is not read as five billion.
const MONEY = /\$(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s(thousand|million|billion|trillion)\b)?/g;

/** Every money amount in `text`, in order of appearance. */
export function findMoney(text: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  for (const match of text.matchAll(MONEY)) {
    const [whole, integer = '', fraction, scaleWord] = match;
    const amount = Number(`${integer.replaceAll(',', '')}.${fraction ?? '0'}`);
    const scale = scaleWord ? (SCALES[scaleWord] ?? 1) : 1;
    found.push({
      text: whole,
      value: Math.round(amount * scale),
      start: match.index,
      end: match.index + whole.length,
    });
  }
  return found;
}

/** The amount of a money text such as "$500 billion", or undefined if it holds none. */
export function parseMoney(text: string): number | undefined {
  return findMoney(text)[0]?.value;
}
