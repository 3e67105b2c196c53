/**
 * First path segments the site uses for itself. An article's address
 * (`/<slug>/`) must not take one of them, or one page would overwrite the other.
 */
export const reservedSegments: Readonly<Record<string, string>> = {
  '404': 'the page shown for an unknown address (404.html)',
  data: 'the data files (/data/)',
  share: 'the share images (/share/)',
  site: 'the site’s share image (/share/site.png)',
  article: 'the share image of articles without a story (/share/article.png)',
  rss: 'the RSS feed (/rss.xml)',
  'rss-xml': 'the RSS feed (/rss.xml)',
  robots: 'the robots.txt file',
  'robots-txt': 'the robots.txt file',
  favicon: 'the site icon (/favicon.svg, /favicon.png)',
  sitemap: 'the sitemap (/sitemap-index.xml)',
  'sitemap-index': 'the sitemap (/sitemap-index.xml)',
  'sitemap-index-xml': 'the sitemap (/sitemap-index.xml)',
  astro: 'the site’s stylesheets and scripts (/_astro/)',
  index: 'the home page (/index.html)',
};
