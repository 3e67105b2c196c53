/**
 * What an article page tells search engines and link previews: its title,
 * description, structured data, share image and publication date. Pure, so
 * the page's head is tested without a build.
 */
import type { ArticlePage } from '../explainer/build-article-pages';
import { claimAnchor } from '../site/anchors';
import { summarize } from '../site/text';
import { articlePath, withBase } from '../site/urls';
import { dataFileNames, dataFilePath } from './data-files';
import { shareImageAlt, shareImageContent, shareImagePath } from './sharing';
import { explainerJsonLd } from './structured-data';

/** The head of an article page: the props of BaseLayout that differ from page to page. */
export interface ArticleMeta {
  title: string;
  description: string;
  /** JSON-LD of an explainer; none for a seed without a sidecar. */
  jsonLd: Record<string, unknown> | undefined;
  /** An explainer's own share image; other pages use the site's. */
  image: { path: string; alt: string } | undefined;
  /** The publication date, only when it is known to the day. */
  publishedTime: string | undefined;
}

/** The head of the page of `page`, with absolute URLs under `site` and the configured base. */
export function articleMeta({ seed, explainer }: ArticlePage, site: URL | undefined): ArticleMeta {
  const absolute = (path: string) => new URL(withBase(path), site).href;
  const sidecar = explainer?.sidecar.data;
  const description = summarize(sidecar?.summary?.[0] ?? seed.data.paragraphs[0] ?? seed.data.title);
  const jsonLd =
    explainer &&
    explainerJsonLd({
      pageUrl: absolute(articlePath(seed.data.slug)),
      headline: explainer.sidecar.data.headline ?? seed.data.title,
      description,
      original: {
        title: seed.data.title,
        url: explainer.sidecar.data.url,
        publisher: explainer.sidecar.data.publisher,
      },
      dataFiles: dataFileNames.map((name) => ({
        url: absolute(dataFilePath(seed.data.slug, name)),
        encodingFormat: name.endsWith('.csv') ? 'text/csv' : 'application/json',
      })),
      claims: explainer.claims.map(({ entry }) => ({
        anchor: claimAnchor(entry.id),
        quote: entry.data.quote,
        verdict: entry.data.verdict,
        conclusion: entry.data.conclusion,
      })),
    });
  const image = explainer && {
    path: shareImagePath(seed.data.slug),
    alt: shareImageAlt(shareImageContent({ seed, explainer })),
  };
  const published = sidecar?.published;
  return {
    title: seed.data.title,
    description,
    jsonLd,
    image,
    publishedTime: published?.precision === 'exact' ? published.date : undefined,
  };
}
