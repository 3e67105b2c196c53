/**
 * The line of the field a schema error is about. Astro names a content
 * file's schema errors by field ("valuation.basis: missing field `basis`")
 * but, in the content layer, gives the file's location as line 0. These
 * helpers find the field in the file's YAML, so that the error's location
 * (which Astro prints, and shows with the lines around it under `astro dev`)
 * is the line to fix.
 */
import { isCollection, isMap, isNode, LineCounter, parseDocument } from 'yaml';

/** A field's path: keys, and indexes into lists. */
export type FieldPath = readonly (string | number)[];

/**
 * The first field the message of Astro's InvalidContentEntryDataError
 * names: its issues are lines "  **valuation.values.1.basis**: …".
 */
export function firstField(message: string): FieldPath | undefined {
  const match = /^ {2}\*\*([^*]+)\*\*:/m.exec(message);
  return match?.[1]?.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * The line (from 1) of the field at `path` in the YAML `text`, or of the
 * nearest enclosing field that is there (a missing field: the object that
 * lacks it); undefined for a path of which nothing is there.
 */
export function lineOfField(text: string, path: FieldPath): number | undefined {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  for (let length = path.length; length > 0; length -= 1) {
    const prefix = path.slice(0, length);
    const parent = prefix.length > 1 ? document.getIn(prefix.slice(0, -1), true) : document.contents;
    const last = prefix.at(-1);
    if (!isCollection(parent) || last === undefined) continue;
    // The key's line for a map entry; the item's line for a list.
    const pair = isMap(parent)
      ? parent.items.find((item) => isNode(item.key) && item.key.toJSON() === last)
      : undefined;
    const node = pair && isNode(pair.key) ? pair.key : parent.get(last, true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** The YAML of a markdown file's frontmatter and the line it starts on, or undefined without one. */
export function frontmatterOf(markdown: string): { yaml: string; firstLine: number } | undefined {
  const match = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(markdown);
  return match?.[1] === undefined ? undefined : { yaml: match[1], firstLine: 2 };
}
