/**
 * The link gate over a built site: every internal link, asset and
 * `#fragment` must resolve to a file or an element of the build, and no
 * internal URL may leave the base path.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

export interface LinkProblem {
  /** The page with the link, relative to dist. */
  page: string;
  /** The link as written. */
  link: string;
  problem: 'outside the base' | 'no such page or file' | 'no such anchor' | 'directory without trailing slash';
}

export interface LinkCheckOptions {
  /** The base the site was built with, e.g. "/explainer/". */
  base: string;
  /** The configured SITE; absolute links to it count as internal. */
  site: string;
}

const LINK_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

async function htmlFiles(dist: string): Promise<string[]> {
  const all = await readdir(dist, { recursive: true });
  return all
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The URL path a file is served at, e.g. "story/index.html" → "/base/story/". */
function pagePath(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

export async function checkLinks(dist: string, { base, site }: LinkCheckOptions): Promise<LinkProblem[]> {
  const siteOrigin = new URL(site).origin;
  const files = await htmlFiles(dist);
  const pages = new Map<string, Element[]>();
  const idsByFile = new Map<string, Set<string>>();
  for (const file of files) {
    const tree = fromHtml(await readFile(path.join(dist, file), 'utf8'));
    idsByFile.set(
      file,
      new Set(selectAll('[id], a[name]', tree).map((el) => String(el.properties['id'] ?? el.properties['name']))),
    );
    pages.set(file, [tree as unknown as Element]);
  }

  const problems: LinkProblem[] = [];
  for (const file of files) {
    const tree = pages.get(file)?.[0];
    if (!tree) continue;
    const here = new URL(pagePath(file, base), siteOrigin);
    for (const [selector, attribute] of LINK_ATTRIBUTES) {
      for (const element of selectAll(selector, tree)) {
        const link = String(
          element.properties[attribute === 'href' ? 'href' : attribute === 'src' ? 'src' : 'content'] ?? '',
        );
        if (link === '' || /^(mailto|tel|data):/.test(link)) continue;
        const url = new URL(link, here);
        if (url.origin !== siteOrigin) continue;
        const problem = checkOne(url, { dist, base, file, idsByFile });
        if (problem) problems.push({ page: file, link, problem });
      }
    }
  }
  return problems;
}

function checkOne(
  url: URL,
  context: { dist: string; base: string; file: string; idsByFile: Map<string, Set<string>> },
): LinkProblem['problem'] | undefined {
  const { dist, base, idsByFile } = context;
  const pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(base)) return 'outside the base';
  const relative = pathname.slice(base.length);
  let target = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  const absolute = path.join(dist, target);
  if (!existsSync(absolute)) return 'no such page or file';
  if (statSync(absolute).isDirectory()) return 'directory without trailing slash';
  target = target.split(path.sep).join('/');
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment !== '' && target.endsWith('.html') && !idsByFile.get(target)?.has(fragment)) return 'no such anchor';
  return undefined;
}
