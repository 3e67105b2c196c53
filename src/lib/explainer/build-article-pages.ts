/**
 * The model of the site, built from the collections in one pure function:
 * each seed becomes a page, and a seed with an editorial sidecar becomes an
 * explainer (table, timeline, checked claims, cited sources). It fetches
 * nothing and throws nothing: what does not check out comes back as
 * problems for src/content.ts to fail the build with.
 */
import type { ArticleData } from '../../schemas/article';
import type { Claim } from '../../schemas/claim';
import type { Company } from '../../schemas/company';
import type { Person } from '../../schemas/person';
import type { Seed } from '../../schemas/seed';
import type { Source } from '../../schemas/source';
import type { TimelineEvent } from '../../schemas/timeline-event';
import { SITE } from '../../site';
import { matchQuotes, type QuoteMatch } from '../seed/quote-match';
import { checkClaims, type ClaimSpan } from './claim-checks';
import { claimsFolder, collectionLocations } from './collection-locations';
import { companyColumns } from './company-table';
import type { FigureComparison } from './figure-comparison';
import { findDanglingReferences, referencedIds } from './references';
import { sortEvents } from './timeline';

/** An entry as the content layer gives it: the parts the model reads. */
export interface Entry<Data> {
  id: string;
  data: Data;
  /** The markdown body, for collections of markdown files. */
  body?: string | undefined;
  /** The file, relative to the project root, when the loader records one. */
  filePath?: string | undefined;
}

/** Every collection of the site, as the content layer lists it. */
export interface Collections {
  seeds: readonly Entry<Seed>[];
  articles: readonly Entry<ArticleData>[];
  companies: readonly Entry<Company>[];
  people: readonly Entry<Person>[];
  timeline: readonly Entry<TimelineEvent>[];
  claims: readonly Entry<Claim>[];
  sources: readonly Entry<Source>[];
}

/** An entry of collection `K` as the caller passed it, so pages can still render() it. */
type EntryOf<C extends Collections, K extends keyof Collections> = C[K][number];

/** A claim of the article, checked: where it stands and, for a number, how it compares. */
export interface CheckedClaim<C extends Collections = Collections> {
  entry: EntryOf<C, 'claims'>;
  /** 1-based position in the notes. */
  number: number;
  span: ClaimSpan;
  comparison: FigureComparison | undefined;
}

/** Everything an explainer page shows about one article with a sidecar. */
export interface Explainer<C extends Collections = Collections> {
  sidecar: EntryOf<C, 'articles'>;
  /** The companies of the comparison table, in the sidecar's order. */
  companies: EntryOf<C, 'companies'>[];
  /** All timeline events, in time order. */
  events: EntryOf<C, 'timeline'>[];
  people: Map<string, EntryOf<C, 'people'>>;
  /** The sources the page cites, in bibliography order, numbered from 1 by position. */
  sources: EntryOf<C, 'sources'>[];
  /** Each quoted span of the seed with the timeline event that holds it, if any. */
  quoteMatches: QuoteMatch[];
  /** The article's claims in file order, each checked against the seed and the table. */
  claims: CheckedClaim<C>[];
}

/** A seed with its explainer, when it has a sidecar. */
export interface ArticlePage<C extends Collections = Collections> {
  seed: EntryOf<C, 'seeds'>;
  explainer: Explainer<C> | undefined;
}

/** The pages, or why there can be none. */
export interface ArticlePages<C extends Collections = Collections> {
  /** Explainers first, then the other seeds, each group in title order; empty when there is a problem. */
  pages: ArticlePage<C>[];
  /** Why no page can be built: for each kind of problem a heading, then every problem with its file, field and fix. */
  problems: string[];
  /** What an editor should know but need not fix, e.g. a quotation linked to no event. */
  warnings: string[];
}

const collectionNames = Object.keys(collectionLocations) as (keyof Collections)[];

/** A message for the editor: the heading, then one problem a line. */
const listed = (heading: string, items: readonly string[]): string => `${heading}\n- ${items.join('\n- ')}`;

const byId = <T extends { id: string }>(entries: readonly T[]): Map<string, T> =>
  new Map(entries.map((entry) => [entry.id, entry]));

/**
 * Builds every page from the collections. A dangling reference stops
 * everything else, since no model can be built on an entry that is not
 * there; otherwise every problem of every article is reported at once.
 */
export function buildArticlePages<C extends Collections>(all: C): ArticlePages<C> {
  const dangling = danglingReferences(all);
  if (dangling.length > 0) {
    return { pages: [], problems: [listed('Content refers to entries that do not exist:', dangling)], warnings: [] };
  }

  const claimProblems: string[] = [];
  const warnings: string[] = [];
  const sidecarBySeed = new Map(all.articles.map((sidecar) => [sidecar.data.seed.id, sidecar]));
  const pages: ArticlePage<C>[] = all.seeds.map((seed) => {
    const sidecar = sidecarBySeed.get(seed.id);
    if (!sidecar) return { seed, explainer: undefined };
    const built = buildExplainer(sidecar, seed, all);
    claimProblems.push(...built.problems);
    warnings.push(...built.warnings);
    return { seed, explainer: built.explainer };
  });
  if (claimProblems.length > 0) {
    return { pages: [], problems: [listed("The article's claims do not check out:", claimProblems)], warnings };
  }
  // The file system lists seeds in no fixed order; the title order is the same everywhere.
  pages.sort(
    (a, b) =>
      Number(b.explainer !== undefined) - Number(a.explainer !== undefined) ||
      a.seed.data.title.localeCompare(b.seed.data.title, SITE.lang),
  );
  return { pages, problems: [], warnings };
}

/**
 * Astro only logs a dangling reference and builds anyway; these messages fail the build instead.
 * Upstream: https://github.com/withastro/astro/issues/17322
 */
function danglingReferences(all: Collections): string[] {
  const existing = Object.fromEntries(
    collectionNames.map((name) => [name, new Set(all[name].map((entry) => entry.id))]),
  );
  const entries = collectionNames.flatMap((name) =>
    all[name].map((entry) => ({
      file: entry.filePath || `${collectionLocations[name]} (id "${entry.id}")`,
      data: entry.data,
    })),
  );
  return findDanglingReferences(entries, existing, collectionLocations);
}

function buildExplainer<C extends Collections>(
  sidecar: EntryOf<C, 'articles'>,
  seed: EntryOf<C, 'seeds'>,
  all: C,
): { explainer: Explainer<C>; problems: string[]; warnings: string[] } {
  const companyById: Map<string, EntryOf<C, 'companies'>> = byId(all.companies);
  const companies = sidecar.data.companies.flatMap(({ id }) => companyById.get(id) ?? []);
  const { claims, problems } = checkArticleClaims(sidecar, seed, all);
  const events: EntryOf<C, 'timeline'>[] = sortEvents([...all.timeline]);
  const citing = [sidecar, ...companies, ...events, ...all.people, ...claims.map((claim) => claim.entry)];
  const cited = new Set(citing.flatMap((entry) => referencedIds(entry.data, 'sources')));
  const quoteMatches = matchQuotes(
    seed.data.quotes.map((quote) => quote.text),
    events.map((event) => ({ id: event.id, quote: event.data.quote?.text })),
  );
  const warnings = quoteMatches
    .filter((match) => match.eventId === null)
    .map(({ quote }) => `${seed.data.file}: the quotation “${quote}” matches no timeline event, so it is not linked.`);
  const explainer: Explainer<C> = {
    sidecar,
    companies,
    events,
    people: byId(all.people),
    sources: all.sources.filter((source) => cited.has(source.id)),
    quoteMatches,
    claims,
  };
  return { explainer, problems, warnings };
}

/** The article's claims in file order, checked against its seed and the table. */
function checkArticleClaims<C extends Collections>(
  sidecar: EntryOf<C, 'articles'>,
  seed: EntryOf<C, 'seeds'>,
  all: C,
): { claims: CheckedClaim<C>[]; problems: string[] } {
  const companyById = byId(all.companies);
  const claims = all.claims
    .filter((claim) => claim.data.article.id === sidecar.id)
    .sort((a, b) => a.id.localeCompare(b.id));
  const result = checkClaims(
    seed.data,
    claims.map((claim) => {
      const figure = claim.data.figure;
      const company = figure && companyById.get(figure.company.id);
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
    claimsFolder(sidecar.id),
  );
  const checked = claims.flatMap((entry, index) => {
    const span = result.spans.get(entry.id);
    return span ? [{ entry, number: index + 1, span, comparison: result.comparisons.get(entry.id) }] : [];
  });
  return { claims: checked, problems: result.problems };
}
