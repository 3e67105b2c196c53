/** Reading XML the build writes (RSS, sitemap) with a real parser, as tests/helpers/html.ts does for HTML. */
import type { Element as XmlElement, Root as XmlRoot } from 'xast';

/** Elements of an XML tree with the given name, in document order. */
export function xmlElements(node: XmlRoot | XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.name === name) found.push(child);
    found.push(...xmlElements(child, name));
  }
  return found;
}

/** The text directly inside an element. */
export const xmlText = (element: XmlElement): string =>
  element.children.map((child) => ('value' in child ? child.value : '')).join('');
