// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/** Makes "explainer", "/explainer" or "/explainer/" into "/explainer/". */
function normalizeBase(base = '/') {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The unified() processor of @astrojs/markdown-remark with the plugins of
 * src/plugins/markdown-pipeline.ts, both loaded when a markdown file is first
 * rendered instead of when this config is read. Astro renders only the content
 * files that changed since the last build, so a rebuild after an edit to a seed
 * or to nothing loads neither remark and rehype nor the plugin list, whose .ts
 * file would also make Node load its TypeScript stripper: 0.1 to 0.2 s a build.
 * Plugins that an integration adds to `options` run after ours.
 * @typedef {import('@astrojs/markdown-remark').RemarkPlugins} RemarkPlugins
 * @typedef {import('@astrojs/markdown-remark').RehypePlugins} RehypePlugins
 * @type {import('@astrojs/markdown-remark').MarkdownProcessor<{ remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins }>}
 */
const markdownProcessor = {
  name: 'unified',
  options: { remarkPlugins: [], rehypePlugins: [] },
  async createRenderer(shared) {
    const [{ unified }, pipeline] = await Promise.all([
      import('@astrojs/markdown-remark'),
      import('./src/plugins/markdown-pipeline.ts'),
    ]);
    const { remarkPlugins, rehypePlugins } = markdownProcessor.options;
    return unified({
      remarkPlugins: [...pipeline.remarkPlugins, ...remarkPlugins],
      rehypePlugins: [...pipeline.rehypePlugins, ...rehypePlugins],
    }).createRenderer(shared);
  },
};

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
    environments: {
      // Astro reads src/content.config.ts through Vite's module runner in its `astro`
      // environment, which transforms every module of the `astro` package it meets: Astro
      // lists itself as never external (https://github.com/withastro/astro/pull/1652, from
      // when Vite could not load packages with an `exports` map natively). `astro/loaders`
      // brings 40 such modules (the glob loader, content utilities, an image-size library)
      // that Node has already loaded for Astro itself: imported natively, they cost
      // nothing, and a build does about 0.2 s less CPU work.
      astro: { resolve: { external: ['astro/loaders'] } },
    },
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
    processor: markdownProcessor,
  },
});
