/**
 * Matching the article's quoted spans “…” to the timeline events that hold
 * the same words, so the article can link each quote to its post.
 */

/** Quote text compared without outer space, quote marks and closing punctuation. */
export function normalizeQuote(text: string): string {
  return text
    .replace(/^[\s“"']+/, '')
    .replace(/[\s.,;!?”"']+$/, '')
    .replace(/\s+/g, ' ');
}

export interface QuoteMatch {
  /** The quote as the seed has it (without the marks). */
  quote: string;
  /** The id of the matching timeline event, or null when none holds these words. */
  eventId: string | null;
}

/** Each seed quote with the first event (in the given order) whose quote is the same words. */
export function matchQuotes(
  quotes: readonly string[],
  events: readonly { id: string; quote: string | undefined }[],
): QuoteMatch[] {
  return quotes.map((quote) => {
    const wanted = normalizeQuote(quote);
    const event = events.find(
      (candidate) => candidate.quote !== undefined && normalizeQuote(candidate.quote) === wanted,
    );
    return { quote, eventId: event?.id ?? null };
  });
}
