/**
 * The text a reader sees of a rendered markdown body, for the data files.
 * The HTML is what the page shows, after the sanitizer of the markdown
 * pipeline; the data files carry its words only, never markup, so a JSON
 * or CSV reader gets no `<script>` or `<img>` even as text.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

/** A content entry's body as Astro renders it at load time. */
export interface RenderedBody {
  html: string;
}

/** The plain text of rendered HTML: paragraphs separated by blank lines, white space within them folded. */
export function plainText(rendered: RenderedBody | undefined): string {
  if (!rendered) return '';
  const tree = fromHtml(rendered.html, { fragment: true });
  return toString(tree)
    .split(/\n\s*\n|\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
