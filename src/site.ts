/**
 * The site's settings, in one place: every page, feed, share image and data
 * file reads its name, description, language and date from here.
 */
export const SITE = {
  /** The name in every title, header, footer, feed and share image. */
  name: 'The Explainer',
  /** One sentence for search results, link previews and the feed. */
  description: 'News articles explained and checked: every number and claim compared with sourced data.',
  /** The language of the pages (`<html lang>`) and of the order of titles and names. */
  lang: 'en',
  /**
   * The time the data speaks of, as readers see it: "as of late September 2025".
   * One setting while the site explains one story; it belongs to each story once there are more.
   */
  asOf: 'late September 2025',
} as const;
