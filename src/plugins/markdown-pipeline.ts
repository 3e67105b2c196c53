/**
 * The remark and rehype plugins that every markdown file in `content/` goes
 * through, in order. `astro.config.mjs` hands these lists to `unified()`.
 *
 * Editors write markdown, and markdown may hold raw HTML: Astro's unified
 * processor passes `<script>`, `on*=` attributes and `javascript:` links
 * through untouched, so the sanitizer runs first among the rehype plugins.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { rehypeLocalResources } from './rehype-local-resources.ts';

export const remarkPlugins: RemarkPlugins = [];

export const rehypePlugins: RehypePlugins = [
  // GitHub's rules (hast-util-sanitize's default schema): no scripts, no
  // event handlers, only http(s)/mailto links.
  [rehypeSanitize, defaultSchema],
  // No image or other resource from another host: the page would make a third-party request.
  rehypeLocalResources,
  // Outbound links must not hand our page to the site they open, nor tell it where the reader came from.
  [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
];
