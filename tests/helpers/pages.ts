import { readdir } from 'node:fs/promises';

/** Every page of a build as its URL path below the base, e.g. "" or "story/"; 404.html as itself. */
export async function sitePages(dist: string): Promise<string[]> {
  const files = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'));
  return files.map((file) => file.replace(/(^|\/)index\.html$/, '$1')).sort();
}
