/**
 * Internal URLs. Every link the site makes to itself goes through `withBase`,
 * so a build under a sub-path (`BASE=/explainer/`) keeps all links working.
 */

/** Joins a site path to a base, keeping exactly one slash between them. */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const trimmedPath = path.replace(/^\/+/, '');
  return `${trimmedBase}/${trimmedPath}`;
}

/** The URL of a site path (e.g. "/my-story/") under the configured base. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The site path of an article page; directory style, with the trailing slash. */
export function articlePath(slug: string): string {
  return `/${slug}/`;
}

/** The site path of an explainer's list of sources, the page its citations link to. */
export function sourcesPath(slug: string): string {
  return `${articlePath(slug)}sources/`;
}
