/**
 * The remark and rehype plugins that every markdown file in `content/` goes
 * through, in order. `astro.config.mjs` hands these lists to `unified()`.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';

export const remarkPlugins: RemarkPlugins = [];

export const rehypePlugins: RehypePlugins = [];
