/**
 * Every collection query of the site lives here, so pages never filter or
 * join collections themselves. The model is built by a pure function
 * (lib/explainer/build-article-pages.ts); this module loads, caches and
 * fails the build on any problem, so no page is built from broken content.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import * as model from './lib/explainer/build-article-pages';
import { assertContentLoaded } from './loaders/content-problems';

/** A content file's text, by its path from the project root, or undefined when it cannot be read. */
function readContentFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function loadCollections() {
  const [seeds, stories, companies, people, timeline, claims, sources] = await Promise.all([
    getCollection('seeds'),
    getCollection('stories'),
    getCollection('companies'),
    getCollection('people'),
    getCollection('timeline'),
    getCollection('claims'),
    getCollection('sources'),
  ]);
  return { seeds, stories, companies, people, timeline, claims, sources };
}

type Loaded = Awaited<ReturnType<typeof loadCollections>>;
/** A seed with its explainer, as loaded: its entries can be rendered. */
export type ArticlePage = model.ArticlePage<Loaded>;
/** Everything an explainer page shows about one story. */
export type Explainer = model.Explainer<Loaded>;
/** A claim of the article, checked. */
export type CheckedClaim = model.CheckedClaim<Loaded>;

// Several routes read the same pages, and dev reads them on every request: say each warning once.
const warned = new Set<string>();

/**
 * All article pages: seeds that a story tells first (the featured explainers),
 * then the rest, each group in title order.
 */
export function getArticlePages(): Promise<ArticlePage[]> {
  // A build reads fixed content: load and check it once for every route that
  // asks. The dev server recomputes each time, so edits show without a restart.
  if (import.meta.env.DEV) return loadArticlePages();
  articlePages ??= loadArticlePages();
  return articlePages;
}

let articlePages: Promise<ArticlePage[]> | undefined;

async function loadArticlePages(): Promise<ArticlePage[]> {
  // Under astro dev, what did not load first: the rest may only be its consequence.
  if (import.meta.env.DEV) assertContentLoaded();
  const { pages, problems, warnings } = model.buildArticlePages(await loadCollections());
  if (problems.length > 0) {
    // Loaded only for problems: finding lines reads YAML, and a build without problems never loads the parser.
    const { withFieldLines } = await import('./loaders/problem-lines');
    throw new Error(withFieldLines(problems.join('\n\n'), readContentFile));
  }
  for (const warning of warnings.filter((each) => !warned.has(each))) {
    warned.add(warning);
    console.warn(`[explainer] ${warning}`);
  }
  return pages;
}
