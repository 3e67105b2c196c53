/** RSS feed of every article: the explainers first, then the articles no story tells yet. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticlePages } from '../content';
import { summarize } from '../lib/site/text';
import { articlePath, withBase } from '../lib/site/urls';
import { SITE } from '../site';

export const GET: APIRoute = async ({ site }) => {
  const pages = await getArticlePages();
  return rss({
    title: `${SITE.name}: explainers`,
    description: SITE.description,
    site: new URL(withBase('/'), site).href,
    trailingSlash: true,
    items: pages.map(({ seed, explainer }) => ({
      title: seed.data.title,
      link: new URL(withBase(articlePath(seed.data.slug)), site).href,
      // An article without a story is described by its own words, never as checked.
      description:
        explainer?.story.data.summary?.join(' ') ??
        explainer?.story.data.headline ??
        summarize(seed.data.paragraphs[0] ?? '', 200),
      categories: seed.data.category ? [seed.data.category] : [],
    })),
  });
};
