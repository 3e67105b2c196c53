/**
 * Where each collection lives, relative to the project root: the loaders
 * read from these places, and every message to an editor names them.
 */
import type { CollectionKey } from 'astro:content';

/** The folder (ending in "/") or file of each collection. */
export const collectionLocations = {
  seeds: 'seeds/',
  articles: 'content/articles/',
  companies: 'content/companies/',
  people: 'content/people/',
  timeline: 'content/timeline/',
  claims: 'content/claims/',
  sources: 'content/sources.yaml',
} as const satisfies Record<CollectionKey, string>;

/** The folder of one article's claims, e.g. "content/claims/<article>/". */
export const claimsFolder = (articleId: string): string => `${collectionLocations.claims}${articleId}/`;
