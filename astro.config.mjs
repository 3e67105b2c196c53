// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { rehypePlugins, remarkPlugins } from './src/plugins/markdown-pipeline.ts';

/** Makes "explainer", "/explainer" or "/explainer/" into "/explainer/". */
function normalizeBase(base = '/') {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

// SITE and BASE come from the environment so one tree deploys anywhere,
// including a sub-path such as GitHub Pages' /<repository>/.
export default defineConfig({
  site: process.env.SITE || 'https://example.org',
  base: normalizeBase(process.env.BASE),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ remarkPlugins, rehypePlugins }),
  },
});
