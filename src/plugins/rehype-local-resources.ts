/**
 * rehype plugin: refuses markdown that would make the page fetch something
 * from another host. An image (or any `src`, `srcset` or `poster`) that
 * names another host would be a third-party request from every reader's
 * browser; the site promises none, so the build fails naming the file.
 * Runs after the sanitizer, on what would really be published.
 */
import path from 'node:path';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';

/** The attributes through which an element makes the browser fetch something. */
const FETCHING = ['src', 'srcSet', 'poster'] as const;

/** True for an address that leaves the site: a scheme (https:, data:, …) or a protocol-relative `//host`. */
export function isForeignAddress(address: string): boolean {
  const trimmed = address.trim();
  return /^[a-z][a-z\d+.-]*:/i.test(trimmed) || /^[\\/]{2}/.test(trimmed);
}

export function rehypeLocalResources() {
  return (tree: Root, file: VFile) => {
    visitParents(tree, 'element', (node: Element) => {
      for (const name of FETCHING) {
        const value = node.properties[name];
        if (value === undefined || value === null) continue;
        const addresses = String(value)
          .split(',')
          .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
        const foreign = addresses.find(isForeignAddress);
        if (foreign === undefined) continue;
        const where = file.path ? path.relative(process.cwd(), file.path) : 'a markdown file';
        throw new Error(
          `${where}: the ${node.tagName} "${foreign}" would be fetched from another host, and no page may request anything from another host. Save the file in public/ and link it by its path (e.g. /images/name.png), or remove it.`,
        );
      }
    });
  };
}
