// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { rehypePlugins, remarkPlugins } from './src/plugins/markdown-pipeline.ts';

/** Makes "explainer", "/explainer" or "/explainer/" into "/explainer/". */
function normalizeBase(base = '/') {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The host of every absolute URL when SITE is not set. */
const PLACEHOLDER_SITE = 'https://example.org';

/**
 * Says once per build that absolute URLs will name the placeholder host, when SITE is not set.
 * @type {import('astro').AstroIntegration}
 */
const siteWarning = {
  name: 'site-warning',
  hooks: {
    'astro:build:start': ({ logger }) => {
      if (process.env.SITE) return;
      logger.warn(
        `SITE is not set: canonical, Open Graph, RSS and sitemap URLs will use the placeholder host ${PLACEHOLDER_SITE}. ` +
          'Set SITE to the address the site will live at, e.g. SITE=https://your.domain npm run build.',
      );
    },
  },
};

// SITE and BASE come from the environment so one tree deploys anywhere,
// including a sub-path such as GitHub Pages' /<repository>/.
export default defineConfig({
  site: process.env.SITE || PLACEHOLDER_SITE,
  base: normalizeBase(process.env.BASE),
  trailingSlash: 'always',
  integrations: [sitemap(), siteWarning],
  // Astro writes .astro/collections/collections.json, which tells the Astro editor extension which
  // collection's JSON Schema checks the frontmatter of each content file (.vscode/settings.json).
  experimental: { contentIntellisense: true },
  // Stylesheets as files rather than inline <style>, so one static CSP header
  // (public/_headers) can allow them with 'self' on every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      // Scripts as files too (Astro inlines small ones, https://github.com/withastro/astro/pull/3658):
      // the CSP allows scripts from 'self' and the theme script's hash, never inline code it cannot name.
      assetsInlineLimit: 0,
      // All CSS in one file that every page links, as when it was one global
      // stylesheet: one request per page, cached once for the whole site. By
      // default Astro adds a chunk for the component styles of each set of pages.
      cssCodeSplit: false,
    },
  },
  markdown: {
    // No code blocks in our content, and Shiki's inline styles would need 'unsafe-inline' in the CSP.
    syntaxHighlight: false,
    processor: unified({ remarkPlugins, rehypePlugins }),
  },
});
