/**
 * Every collection query of the site lives here, so pages never filter or
 * join collections themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

/** A seed with its editorial sidecar, when it has one. */
export interface ArticlePage {
  seed: CollectionEntry<'seeds'>;
  sidecar: CollectionEntry<'articles'> | undefined;
}

/**
 * All article pages: seeds with a sidecar first (the featured explainers),
 * then the rest, each group in title order so the order never depends on
 * the file system.
 */
export async function getArticlePages(): Promise<ArticlePage[]> {
  const [seeds, sidecars] = await Promise.all([getCollection('seeds'), getCollection('articles')]);
  const sidecarBySeed = new Map(sidecars.map((sidecar) => [sidecar.data.seed.id, sidecar]));
  return seeds
    .map((seed) => ({ seed, sidecar: sidecarBySeed.get(seed.id) }))
    .sort(
      (a, b) =>
        Number(b.sidecar !== undefined) - Number(a.sidecar !== undefined) ||
        a.seed.data.title.localeCompare(b.seed.data.title, 'en'),
    );
}
