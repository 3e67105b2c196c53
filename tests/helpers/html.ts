/**
 * Reading built pages with a real HTML parser (hast), never with regular
 * expressions.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** Parses the page at `page` (a path inside `dist`, e.g. "index.html"). */
export async function readPage(dist: string, page: string): Promise<Root> {
  return fromHtml(await readFile(path.join(dist, page), 'utf8'));
}

/** The first element matching `selector`; fails the test when there is none. */
export function one(tree: Root | Element, selector: string): Element {
  const found = select(selector, tree);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

export const all = (tree: Root | Element, selector: string): Element[] => selectAll(selector, tree);

/** The text of a node, as a reader's browser would copy it (no markup). */
export const text = (node: Root | Element): string => toString(node);
