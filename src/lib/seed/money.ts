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

/**
 * The largest amount the build compares: beyond it a number is no longer
 * exact (Number.MAX_SAFE_INTEGER, about $9 quadrillion), and "$" followed by
 * 400 digits would be Infinity.
 */
export const LARGEST_AMOUNT = Number.MAX_SAFE_INTEGER;

/** An amount too large to compare; the message quotes it, shortened, and says why. */
export class AmountTooLargeError extends RangeError {
  override name = 'AmountTooLargeError';
}

/** The amount as a message quotes it: an absurdly long one is cut, with its count of digits. */
function quoted(text: string): string {
  if (text.length <= 24) return `“${text}”`;
  const digits = text.replace(/\D/g, '').length;
  return `“${text.slice(0, 16)}…” (${digits} digits)`;
}

/** Every money amount in `text`, in order of appearance; throws AmountTooLargeError for one above LARGEST_AMOUNT. */
export function findMoney(text: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  for (const match of text.matchAll(MONEY)) {
    const [whole, integer = '', fraction, scaleWord] = match;
    const amount = Number(`${integer.replaceAll(',', '')}.${fraction ?? '0'}`);
    const scale = scaleWord ? (SCALES[scaleWord] ?? 1) : 1;
    const value = Math.round(amount * scale);
    if (!(value <= LARGEST_AMOUNT)) {
      throw new AmountTooLargeError(
        `the amount ${quoted(whole)} is too large to check: amounts up to $9 quadrillion (${LARGEST_AMOUNT.toLocaleString('en')}) can be compared`,
      );
    }
    found.push({ text: whole, value, start: match.index, end: match.index + whole.length });
  }
  return found;
}

/** The amount of a money text such as "$500 billion", or undefined if it holds none. */
export function parseMoney(text: string): number | undefined {
  return findMoney(text)[0]?.value;
}
