/**
 * The syntax tree of a seed article, built from its parsed paragraphs.
 * No markdown parser ever sees the seed: each paragraph becomes an mdast
 * `paragraph` of `text` nodes, so `*`, `#`, `<` and `&` stay literal, and
 * each quoted span “…” becomes a `seedQuote` node that renders as `<q>`.
 */
import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { paragraphAnchor } from '../site/anchors';
import type { ParsedSeed } from './seed';

/** A quoted span of the seed, marks included; rendered as `<q>`. */
export interface SeedQuote {
  type: 'seedQuote';
  children: Text[];
  data: { hName: 'q'; hProperties: Record<string, string> };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    seedQuote: SeedQuote;
  }
}

/** Builds the mdast of a seed's paragraphs. */
export function seedToMdast(seed: Pick<ParsedSeed, 'paragraphs' | 'quotes'>): Root {
  return {
    type: 'root',
    children: seed.paragraphs.map((text, index): Paragraph => {
      const quotes = seed.quotes.filter((quote) => quote.paragraph === index);
      const children: PhrasingContent[] = [];
      let at = 0;
      for (const quote of quotes) {
        if (quote.start > at) children.push({ type: 'text', value: text.slice(at, quote.start) });
        children.push({
          type: 'seedQuote',
          // The marks stay inside <q> as the seed wrote them; the stylesheet
          // turns off the marks that <q> would add, so none are doubled.
          children: [{ type: 'text', value: text.slice(quote.start, quote.end) }],
          data: { hName: 'q', hProperties: {} },
        });
        at = quote.end;
      }
      if (at < text.length) children.push({ type: 'text', value: text.slice(at) });
      return { type: 'paragraph', children, data: { hProperties: { id: paragraphAnchor(index) } } };
    }),
  };
}
