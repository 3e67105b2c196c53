/**
 * Every collection query of the site lives here, so pages never filter or
 * join collections themselves. Reference integrity is checked here too:
 * a page cannot be built from content with a dangling reference.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkClaims, type ClaimSpan, type FigureComparison } from './lib/explainer/claim-checks';
import { companyColumns } from './lib/explainer/company-table';
import { matchQuotes, type QuoteMatch } from './lib/seed/quote-match';
import { findDanglingReferences } from './lib/explainer/references';
import { sortEvents } from './lib/explainer/timeline';

/** Where each collection lives, for editors' error messages. */
const LOCATIONS: Record<string, string> = {
  seeds: 'seeds/',
  articles: 'content/articles/',
  companies: 'content/companies/',
  people: 'content/people/',
  timeline: 'content/timeline/',
  claims: 'content/claims/',
  sources: 'content/sources.yaml',
};

/** A claim of the article, checked: where it stands and, for a number, how it compares. */
export interface CheckedClaim {
  entry: CollectionEntry<'claims'>;
  /** 1-based position in the notes. */
  number: number;
  span: ClaimSpan;
  comparison: FigureComparison | undefined;
}

/** Everything an explainer page shows about one article with a sidecar. */
export interface Explainer {
  sidecar: CollectionEntry<'articles'>;
  /** The companies of the comparison table, in the sidecar's order. */
  companies: CollectionEntry<'companies'>[];
  /** All timeline events, in time order. */
  events: CollectionEntry<'timeline'>[];
  people: Map<string, CollectionEntry<'people'>>;
  /** The sources the page cites, in bibliography order, numbered from 1 by position. */
  sources: CollectionEntry<'sources'>[];
  /** Each quoted span of the seed with the timeline event that holds it, if any. */
  quoteMatches: QuoteMatch[];
  /** The article's claims in file order, each checked against the seed and the table. */
  claims: CheckedClaim[];
}

/** A seed with its editorial sidecar, when it has one. */
export interface ArticlePage {
  seed: CollectionEntry<'seeds'>;
  explainer: Explainer | undefined;
}

async function loadAll() {
  const [seeds, articles, companies, people, timeline, claims, sources] = await Promise.all([
    getCollection('seeds'),
    getCollection('articles'),
    getCollection('companies'),
    getCollection('people'),
    getCollection('timeline'),
    getCollection('claims'),
    getCollection('sources'),
  ]);
  return { seeds, articles, companies, people, timeline, claims, sources };
}

type Collections = Awaited<ReturnType<typeof loadAll>>;

// Several routes read the same pages; say each warning once per build.
const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[explainer] ${message}`);
}

/** Fails the build on any reference to an entry that does not exist. */
function assertReferencesResolve(collections: Collections): void {
  const existing = Object.fromEntries(
    Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((entry) => entry.id))]),
  );
  const entries = Object.entries(collections).flatMap(([name, list]) =>
    list.map((entry) => ({
      file: 'filePath' in entry && entry.filePath ? entry.filePath : `${LOCATIONS[name] ?? name} (id "${entry.id}")`,
      data: entry.data,
    })),
  );
  const problems = findDanglingReferences(entries, existing, LOCATIONS);
  if (problems.length > 0) {
    throw new Error(`Content refers to entries that do not exist:\n- ${problems.join('\n- ')}`);
  }
}

/** Source ids cited anywhere in `data` (any `sources` list or `reportedBy`/`by` reference). */
function citedSourceIds(data: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(data)) {
    for (const item of data) citedSourceIds(item, into);
  } else if (typeof data === 'object' && data !== null) {
    const value = data as { collection?: unknown; id?: unknown };
    if (value.collection === 'sources' && typeof value.id === 'string') into.add(value.id);
    else for (const child of Object.values(data)) citedSourceIds(child, into);
  }
  return into;
}

/**
 * Checks the article's claims against its seed and the table; any problem
 * fails the build with every message at once.
 */
function checkArticleClaims(
  sidecar: CollectionEntry<'articles'>,
  seed: CollectionEntry<'seeds'>,
  all: Collections,
): CheckedClaim[] {
  const claims = all.claims
    .filter((claim) => claim.data.article.id === sidecar.id)
    .sort((a, b) => a.id.localeCompare(b.id));
  const result = checkClaims(
    seed.data,
    claims.map((claim) => {
      const figure = claim.data.figure;
      const company = figure && all.companies.find((entry) => entry.id === figure.company.id);
      const column = figure && companyColumns.find((entry) => entry.id === figure.field);
      return {
        file: claim.filePath ?? claim.id,
        id: claim.id,
        quote: claim.data.quote,
        verdict: claim.data.verdict,
        ...(figure && company && column
          ? { figure: { companyName: company.data.name, fieldLabel: column.name, cell: company.data[figure.field] } }
          : {}),
      };
    }),
    `content/claims/${sidecar.id}/`,
  );
  if (result.problems.length > 0) {
    throw new Error(`The article's claims do not check out:\n- ${result.problems.join('\n- ')}`);
  }
  return claims.map((entry, index) => ({
    entry,
    number: index + 1,
    span: result.spans.get(entry.id)!,
    comparison: result.comparisons.get(entry.id),
  }));
}

function buildExplainer(
  sidecar: CollectionEntry<'articles'>,
  seed: CollectionEntry<'seeds'>,
  all: Collections,
): Explainer {
  const companies = sidecar.data.companies.map(({ id }) => all.companies.find((company) => company.id === id)!);
  const claims = checkArticleClaims(sidecar, seed, all);
  const events = sortEvents(all.timeline);
  const people = new Map(all.people.map((person) => [person.id, person]));
  const cited = new Set<string>();
  for (const entry of [sidecar, ...companies, ...events, ...all.people, ...claims.map((claim) => claim.entry)]) {
    citedSourceIds(entry.data, cited);
  }
  const quoteMatches = matchQuotes(
    seed.data.quotes.map((quote) => quote.text),
    events.map((event) => ({ id: event.id, quote: event.data.quote?.text })),
  );
  for (const { quote } of quoteMatches.filter((match) => match.eventId === null)) {
    warnOnce(`${seed.data.file}: the quotation “${quote}” matches no timeline event, so it is not linked.`);
  }
  return {
    sidecar,
    companies,
    events,
    people,
    sources: all.sources.filter((source) => cited.has(source.id)),
    quoteMatches,
    claims,
  };
}

/**
 * All article pages: seeds with a sidecar first (the featured explainers),
 * then the rest, each group in title order so the order never depends on
 * the file system.
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
  const all = await loadAll();
  assertReferencesResolve(all);
  const sidecarBySeed = new Map(all.articles.map((sidecar) => [sidecar.data.seed.id, sidecar]));
  return all.seeds
    .map((seed) => {
      const sidecar = sidecarBySeed.get(seed.id);
      return { seed, explainer: sidecar ? buildExplainer(sidecar, seed, all) : undefined };
    })
    .sort(
      (a, b) =>
        Number(b.explainer !== undefined) - Number(a.explainer !== undefined) ||
        a.seed.data.title.localeCompare(b.seed.data.title, 'en'),
    );
}
