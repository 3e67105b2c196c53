/**
 * The site's settings, in one place: every page, feed, share image and data
 * file reads its name, description and language from here. What is true of
 * one story only (its "as of" date, its method notes) is in its story.md.
 */
export const SITE = {
  /** The name in every title, header, footer, feed and share image. */
  name: 'The Explainer',
  /** One sentence for search results, link previews and the feed. */
  description: 'News articles explained and checked: every number and claim compared with sourced data.',
  /** The language of the pages (`<html lang>`) and of the order of titles and names. */
  lang: 'en',
} as const;
