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
  /** Who every explainer is by, in its byline, JSON-LD and feed: the desk, never an invented person. */
  author: 'The Explainer desk',
  /**
   * Where readers report an error, in every explainer's corrections note. The
   * placeholder host, like SITE's, is to be replaced by the desk's own address
   * before the site is published.
   */
  corrections: { email: 'corrections@example.org' },
  /** The licence of the data files, on each explainer and in the data's README. */
  dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;
