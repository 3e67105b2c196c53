/**
 * rehype plugin: turns the words inside each `<q>` of the article into a
 * link to the timeline event that holds the same quote. The link wraps the
 * seed's own characters and inserts none, so the text stays exactly the seed's.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { CONTINUE, EXIT, visitParents } from 'unist-util-visit-parents';
import { normalizeQuote } from '../lib/seed/quote-match';

/** Whether `node` holds a link. */
function holdsLink(node: Element): boolean {
  let found = false;
  visitParents(node, 'element', (child: Element) => {
    if (child === node || child.tagName !== 'a') return CONTINUE;
    found = true;
    return EXIT;
  });
  return found;
}

export interface RehypeQuoteLinksOptions {
  /** href for each quote, keyed by its normalised text (see normalizeQuote). */
  hrefs?: ReadonlyMap<string, string>;
}

export function rehypeQuoteLinks({ hrefs = new Map() }: RehypeQuoteLinksOptions = {}) {
  return (tree: Root) => {
    visitParents(tree, 'element', (node: Element, ancestors) => {
      if (node.tagName !== 'q') return CONTINUE;
      // Links never nest: leave a quote that holds a link, or sits in one, alone.
      if (holdsLink(node)) return CONTINUE;
      if (ancestors.some((ancestor) => ancestor.type === 'element' && ancestor.tagName === 'a')) return CONTINUE;
      const href = hrefs.get(normalizeQuote(toString(node)));
      if (!href) return CONTINUE;
      node.children = [
        {
          type: 'element',
          tagName: 'a',
          properties: { href, className: ['quote-link'] },
          children: node.children,
        },
      ];
      return CONTINUE;
    });
  };
}
