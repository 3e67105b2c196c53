/** RSS feed of every article: the explainers first, then the articles no story tells yet. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticlePages } from '../content';
import { summarize } from '../lib/site/text';
import { articlePath, withBase } from '../lib/site/urls';
import { SITE } from '../site';
import type { StoryData } from '../schemas/story';

/**
 * An explainer's byline and dates in the feed: published as <pubDate>, the
 * desk and the last update in Dublin Core. An article no story tells has none.
 */
function rssDates(story: StoryData | undefined) {
  if (!story?.explainerPublished) return {};
  const updated = story.explainerUpdated ?? story.explainerPublished;
  return {
    pubDate: new Date(`${story.explainerPublished}T00:00:00Z`),
    customData: `<dc:creator>${SITE.author}</dc:creator><dc:date>${updated}</dc:date>`,
  };
}

export const GET: APIRoute = async ({ site }) => {
  const pages = await getArticlePages();
  return rss({
    title: `${SITE.name}: explainers`,
    description: SITE.description,
    site: new URL(withBase('/'), site).href,
    trailingSlash: true,
    // Dublin Core for each explainer's author (RSS's own <author> wants an email address).
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items: pages.map(({ seed, explainer }) => ({
      title: seed.data.title,
      link: new URL(withBase(articlePath(seed.data.slug)), site).href,
      // An article without a story is described by its own words, never as checked.
      description:
        explainer?.story.data.summary?.join(' ') ??
        explainer?.story.data.headline ??
        summarize(seed.data.paragraphs[0] ?? '', 200),
      categories: seed.data.category ? [seed.data.category] : [],
      ...rssDates(explainer?.story.data),
    })),
  });
};
