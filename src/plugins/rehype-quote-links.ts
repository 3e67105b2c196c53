/**
 * rehype plugin: turns the words inside each `<q>` of the article into a
 * link to the timeline event that holds the same quote. The link wraps the
 * seed's own characters and inserts none, so the text stays exactly the seed's.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { normalizeQuote } from '../lib/quote-match';

export interface RehypeQuoteLinksOptions {
  /** href for each quote, keyed by its normalised text (see normalizeQuote). */
  hrefs?: ReadonlyMap<string, string>;
}

export function rehypeQuoteLinks({ hrefs = new Map() }: RehypeQuoteLinksOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'q') return;
      // Leave a quote that already holds a link alone.
      if (node.children.some((child) => child.type === 'element' && child.tagName === 'a')) return;
      const href = hrefs.get(normalizeQuote(toString(node)));
      if (!href) return;
      node.children = [
        {
          type: 'element',
          tagName: 'a',
          properties: { href, className: ['quote-link'] },
          children: node.children,
        },
      ];
    });
  };
}
