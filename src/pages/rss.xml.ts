/** RSS feed of the explainers. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticlePages } from '../content';
import { articlePath, withBase } from '../lib/site/urls';
import { SITE } from '../site';

export const GET: APIRoute = async ({ site }) => {
  const pages = await getArticlePages();
  return rss({
    title: `${SITE.name}: explainers`,
    description: SITE.description,
    site: new URL(withBase('/'), site).href,
    trailingSlash: true,
    items: pages.flatMap(({ seed, explainer }) =>
      explainer
        ? [
            {
              title: seed.data.title,
              link: new URL(withBase(articlePath(seed.data.slug)), site).href,
              description: explainer.sidecar.data.summary?.join(' ') ?? explainer.sidecar.data.headline ?? '',
              categories: seed.data.category ? [seed.data.category] : [],
            },
          ]
        : [],
    ),
  });
};
