/** RSS feed of the explainers. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticlePages } from '../content';
import { SITE_NAME } from '../lib/publish/sharing';
import { articlePath, withBase } from '../lib/site/urls';

export const GET: APIRoute = async ({ site }) => {
  const pages = await getArticlePages();
  return rss({
    title: `${SITE_NAME}: explainers`,
    description: 'News articles explained and checked: every number and claim compared with sourced data.',
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
