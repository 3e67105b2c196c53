/**
 * What an article page tells search engines and link previews: its title,
 * description, structured data, share image and publication date. Pure, so
 * the page's head is tested without a build.
 */
import type { ArticlePage } from '../explainer/build-article-pages';
import { isChecked } from '../explainer/verdicts';
import { claimAnchor } from '../site/anchors';
import { summarize } from '../site/text';
import { articlePath, withBase } from '../site/urls';
import { dataFileNames, dataFilePath } from './data-files';
import { ARTICLE_IMAGE, shareImageAlt, shareImageContent, shareImagePath } from './sharing';
import { SITE } from '../../site';
import { explainerJsonLd } from './structured-data';

/** The head of an article page: the props of BaseLayout that differ from page to page. */
export interface ArticleMeta {
  title: string;
  description: string;
  /** JSON-LD of an explainer; none for a seed no story tells. */
  jsonLd: Record<string, unknown> | undefined;
  /** An explainer's own share image, or the image of articles without a story. */
  image: { path: string; alt: string };
  /** The publication date, only when it is known to the day. */
  publishedTime: string | undefined;
  /** The page's footer line: the site's own only where every claim on the page was checked. */
  footer: string | undefined;
}

/** The footer of a page whose article is not (or not all) checked: it never says the page was. */
const UNCHECKED_FOOTER = {
  plain: `${SITE.name}: the article above is reproduced exactly as published.`,
  partly: `${SITE.name}: every figure on this page names its source; a claim not yet checked says so.`,
};

/** The head of the page of `page`, with absolute URLs under `site` and the configured base. */
export function articleMeta({ seed, explainer }: ArticlePage, site: URL | undefined): ArticleMeta {
  const absolute = (path: string) => new URL(withBase(path), site).href;
  const story = explainer?.story.data;
  const description = summarize(story?.summary?.[0] ?? seed.data.paragraphs[0] ?? seed.data.title);
  const jsonLd =
    explainer &&
    explainerJsonLd({
      pageUrl: absolute(articlePath(seed.data.slug)),
      headline: explainer.story.data.headline ?? seed.data.title,
      description,
      original: {
        title: seed.data.title,
        url: explainer.story.data.url,
        publisher: explainer.story.data.publisher,
      },
      dataFiles: dataFileNames.map((name) => ({
        url: absolute(dataFilePath(seed.data.slug, name)),
        encodingFormat: name.endsWith('.csv') ? 'text/csv' : 'application/json',
      })),
      claims: explainer.claims.map(({ entry }) => ({
        anchor: claimAnchor(entry.id),
        quote: entry.data.quote,
        verdict: entry.data.verdict,
        qualifier: entry.data.qualifier,
      })),
      author: SITE.author,
      datePublished: explainer.story.data.explainerPublished,
      dateModified: explainer.story.data.explainerUpdated,
    });
  const image = {
    path: shareImagePath(explainer ? seed.data.slug : ARTICLE_IMAGE),
    alt: shareImageAlt(shareImageContent({ seed, explainer })),
  };
  const published = story?.published;
  const claims = explainer?.claims ?? [];
  const allChecked = claims.length > 0 && claims.every((claim) => isChecked(claim.entry.data.verdict));
  return {
    title: seed.data.title,
    description,
    jsonLd,
    image,
    publishedTime: published?.precision === 'exact' ? published.date : undefined,
    footer: !explainer ? UNCHECKED_FOOTER.plain : allChecked ? undefined : UNCHECKED_FOOTER.partly,
  };
}
