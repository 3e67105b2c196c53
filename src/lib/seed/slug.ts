/**
 * A URL slug from a title: lower case ASCII letters and digits joined by
 * single hyphens. Pure and stable, so a page keeps its address as long as
 * its title does not change.
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
