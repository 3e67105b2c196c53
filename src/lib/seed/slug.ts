/** Longest address segment made from a title; a longer title is cut at a word (hyphen) boundary. */
export const MAX_SLUG_LENGTH = 80;

/**
 * A URL slug from a title: lower case ASCII letters and digits joined by
 * single hyphens, at most `max` characters, cut between words. Pure and
 * stable, so a page keeps its address as long as its title does not change.
 */
export function slugify(title: string, max = MAX_SLUG_LENGTH): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // One word longer than the cap is cut inside the word rather than dropped.
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}
