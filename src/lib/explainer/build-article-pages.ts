/**
 * The model of the site, built from the collections in one pure function:
 * each seed becomes a page, and a seed that a story tells becomes an
 * explainer (table, timeline, checked claims, cited sources). A story shows
 * only what it owns (its events and claims) and what it refers to (its
 * companies, the people and sources its content names). It fetches nothing
 * and throws nothing: what does not check out comes back as problems for
 * src/content.ts to fail the build with.
 */
import type { Claim } from '../../schemas/claim';
import type { Company } from '../../schemas/company';
import type { Person } from '../../schemas/person';
import type { Seed } from '../../schemas/seed';
import type { Source } from '../../schemas/source';
import type { StoryData } from '../../schemas/story';
import type { TimelineEvent } from '../../schemas/timeline-event';
import { SITE } from '../../site';
import { matchQuotes, type QuoteMatch } from '../seed/quote-match';
import { claimAnchor } from '../site/anchors';
import { nearest } from '../site/nearest';
import { checkClaims, type ClaimSpan } from './claim-checks';
import { claimsFolder, collectionLocations, storyFile, storyOfFile } from './collection-locations';
import { columnValue, companyTable, tableColumn, type CompanyTable, type Subject } from './company-table';
import type { FigureComparison } from './figure-comparison';
import { findDanglingReferences, referencedIds } from './references';
import { findRepeatedIds } from './repeated-ids';
import { findReplyLoops } from './reply-chains';
import { sortEvents } from './timeline';
import { findUnusedEntries } from './unused-entries';
import { keyClaimProblems } from './verdict-card';

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
  stories: readonly Entry<StoryData>[];
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

/** Everything an explainer page shows about one story. */
export interface Explainer<C extends Collections = Collections> {
  story: EntryOf<C, 'stories'>;
  /** The companies of the comparison table, in the story's order. */
  companies: EntryOf<C, 'companies'>[];
  /** The comparison table: the story's columns and a row per company. */
  table: CompanyTable;
  /** The story's timeline events, in time order. */
  events: EntryOf<C, 'timeline'>[];
  /** The people the story's events and claims refer to. */
  people: Map<string, EntryOf<C, 'people'>>;
  /** The sources the page cites, in bibliography order, numbered from 1 by position. */
  sources: EntryOf<C, 'sources'>[];
  /** Each quoted span of the seed with the timeline event that holds it, if any. */
  quoteMatches: QuoteMatch[];
  /** The story's claims in file order, each checked against the seed and the table. */
  claims: CheckedClaim<C>[];
}

/** A seed with its explainer, when a story tells it. */
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

/** Where an entry lives, for messages. */
const fileOf = (entry: Entry<unknown>, collection: keyof Collections): string =>
  entry.filePath || `${collectionLocations[collection]} (id "${entry.id}")`;

/**
 * Builds every page from the collections, and reports every problem of
 * every story at once. A dangling reference is one of them: each check
 * skips what is not there (a company, an event, a subject), so that no
 * other problem follows from it.
 */
export function buildArticlePages<C extends Collections>(all: C): ArticlePages<C> {
  const dangling = danglingReferences(all);
  const storyProblems: string[] = findReplyLoops(
    all.timeline.map((event) => ({
      id: event.id,
      file: fileOf(event, 'timeline'),
      inReplyTo: event.data.inReplyTo?.id,
    })),
  );
  const claimProblems: string[] = [];
  const warnings: string[] = unusedEntries(all);
  const storyBySeed = new Map<string, EntryOf<C, 'stories'>>();
  for (const story of all.stories) {
    const other = storyBySeed.get(story.data.seed.id);
    if (other) {
      storyProblems.push(
        `${fileOf(other, 'stories')} and ${fileOf(story, 'stories')} both tell the seed "${story.data.seed.id}": a seed has one story. Merge them, or point one "seed" at another seed.`,
      );
      continue;
    }
    storyBySeed.set(story.data.seed.id, story);
  }
  const pages: ArticlePage<C>[] = all.seeds.map((seed) => {
    const story = storyBySeed.get(seed.id);
    if (!story) return { seed, explainer: undefined };
    const built = buildExplainer(story, seed, all);
    storyProblems.push(...built.storyProblems);
    claimProblems.push(...built.claimProblems);
    warnings.push(...built.warnings);
    return { seed, explainer: built.explainer };
  });
  const problems = [
    ...(dangling.length > 0 ? [listed('Content refers to entries that do not exist:', dangling)] : []),
    ...(storyProblems.length > 0 ? [listed("A story's content does not fit together:", storyProblems)] : []),
    ...(claimProblems.length > 0 ? [listed("The article's claims do not check out:", claimProblems)] : []),
  ];
  if (problems.length > 0) return { pages: [], problems, warnings };
  // The file system lists seeds in no fixed order; the title order is the same everywhere.
  pages.sort(
    (a, b) =>
      Number(b.explainer !== undefined) - Number(a.explainer !== undefined) ||
      a.seed.data.title.localeCompare(b.seed.data.title, SITE.lang),
  );
  return { pages, problems: [], warnings };
}

/**
 * Astro only logs a dangling reference and builds anyway; these messages
 * fail the build instead. A company's `stakes` are keyed by company ids,
 * which no reference() checks, so they are checked here too.
 */
function danglingReferences(all: Collections): string[] {
  const existing = Object.fromEntries(
    collectionNames.map((name) => [name, new Set(all[name].map((entry) => entry.id))]),
  );
  const entries = collectionNames.flatMap((name) =>
    all[name].map((entry) => ({ file: fileOf(entry, name), data: entry.data })),
  );
  const companyIds = existing['companies'] ?? new Set<string>();
  const stakes = all.companies.flatMap((company) =>
    Object.keys(company.data.stakes)
      .filter((id) => !companyIds.has(id))
      .map(
        (id) =>
          `${fileOf(company, 'companies')}: "stakes.${id}" names "${id}", but there is no such entry in ${collectionLocations.companies}. Closest ids: ${nearest(id, companyIds).join(', ')}.`,
      ),
  );
  return [...findDanglingReferences(entries, existing, collectionLocations), ...stakes];
}

/** Companies and people no story uses: they are not published, which their editor should know. */
function unusedEntries(all: Collections): string[] {
  const companies = new Set(
    all.stories.flatMap((story) => [...story.data.companies, ...(story.data.subject ? [story.data.subject] : [])]),
  );
  const people = new Set([...all.timeline, ...all.claims].flatMap((entry) => referencedIds(entry.data, 'people')));
  const entries = (collection: 'companies' | 'people') =>
    all[collection].map((entry) => ({ id: entry.id, file: fileOf(entry, collection) }));
  return [
    ...findUnusedEntries(
      entries('companies'),
      new Set([...companies].map((company) => company.id)),
      `Add "<id>" to the "companies" of a story (${collectionLocations.stories}), or delete the file.`,
    ),
    ...findUnusedEntries(
      entries('people'),
      people,
      `Name "<id>" as the "actor" of an event in a story's timeline (${collectionLocations.timeline}), or delete the file.`,
    ),
  ];
}

function buildExplainer<C extends Collections>(
  story: EntryOf<C, 'stories'>,
  seed: EntryOf<C, 'seeds'>,
  all: C,
): { explainer: Explainer<C>; storyProblems: string[]; claimProblems: string[]; warnings: string[] } {
  const companyById: Map<string, EntryOf<C, 'companies'>> = byId(all.companies);
  const companies = story.data.companies.flatMap(({ id }) => companyById.get(id) ?? []);
  const subjectEntry = story.data.subject && companyById.get(story.data.subject.id);
  const subject: Subject | undefined = subjectEntry && { id: subjectEntry.id, name: subjectEntry.data.name };
  const table = companyTable(companies, subject, story.data.columns);
  const events: EntryOf<C, 'timeline'>[] = sortEvents(
    all.timeline.filter((event) => storyOfFile(event.filePath) === story.id),
  );
  const storyClaims = all.claims.filter((claim) => claim.id.startsWith(`${story.id}/`));
  const storyProblems = [
    ...findRepeatedIds(
      fileOf(story, 'stories'),
      'companies',
      story.data.companies.map((company) => company.id),
    ),
    ...tableProblems(story, companies, table, subject),
    ...replyProblems(events, all.timeline),
    ...sharedClaimAnchors(storyClaims),
  ];
  const { claims, problems: claimProblems } = checkStoryClaims(story, seed, companies, subject, all);
  const claimNames = storyClaims.map((claim) => claim.id.slice(story.id.length + 1));
  storyProblems.push(
    ...keyClaimProblems(fileOf(story, 'stories'), story.data.keyClaims, claimNames, claimsFolder(story.id)),
  );
  const claimEntries = claims.map((claim) => claim.entry);

  const peopleIds = new Set([...events, ...claimEntries].flatMap((entry) => referencedIds(entry.data, 'people')));
  const people: Map<string, EntryOf<C, 'people'>> = byId(all.people.filter((person) => peopleIds.has(person.id)));
  const cited = new Set([
    ...table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.values.flatMap((value) => value.sources))),
    ...[story, ...events, ...people.values(), ...claimEntries].flatMap((entry) => referencedIds(entry.data, 'sources')),
  ]);
  const quoteMatches = matchQuotes(
    seed.data.quotes.map((quote) => quote.text),
    events.map((event) => ({ id: event.id, quote: event.data.quote?.text })),
  );
  const warnings = quoteMatches
    .filter((match) => match.eventId === null)
    .map(({ quote }) => `${seed.data.file}: the quotation “${quote}” matches no timeline event, so it is not linked.`);
  const explainer: Explainer<C> = {
    story,
    companies,
    table,
    events,
    people,
    sources: all.sources.filter((source) => cited.has(source.id)),
    quoteMatches,
    claims,
  };
  return { explainer, storyProblems, claimProblems, warnings };
}

/** Claims of one story whose files start with the same number, so their notes would share one anchor. */
function sharedClaimAnchors(claims: readonly Entry<unknown>[]): string[] {
  const byAnchor = Map.groupBy(claims, (claim) => claimAnchor(claim.id));
  return [...byAnchor].flatMap(([anchor, same]) =>
    same.length < 2
      ? []
      : [
          `${same.map((claim) => fileOf(claim, 'claims')).join(' and ')} start with the same number, and the page links a claim by its number (#${anchor}). Give each claim file its own number.`,
        ],
  );
}

/** Every cell of a story's table says something, and a stake column has a subject to be a stake in. */
function tableProblems(
  story: Entry<StoryData>,
  companies: readonly Entry<Company>[],
  table: CompanyTable,
  subject: Subject | undefined,
): string[] {
  const file = fileOf(story, 'stories');
  const problems: string[] = [];
  // Not `subject`: one that does not exist is reported as a dangling reference, not as missing.
  if (story.data.columns?.includes('stake') && !story.data.subject) {
    problems.push(
      `${file}: "columns" has "stake", but the story names no "subject" to show each company's stake in. Add "subject", or leave "stake" out.`,
    );
  }
  for (const company of companies) {
    for (const column of table.columns) {
      if (columnValue(company, column.id, subject) !== undefined) continue;
      const field = column.id === 'stake' ? `stakes.${subject?.id ?? ''}` : column.id;
      problems.push(
        `${fileOf(company, 'companies')}: missing field \`${field}\`, which the table of ${file} shows. Add it (with status: not-found and a reason when no source gives it), or list the story's "columns" without it.`,
      );
    }
  }
  return problems;
}

/**
 * A reply answers an event of its own story, and a check is checked against
 * events of its own story, so that their links land on the same page.
 */
function replyProblems(events: readonly Entry<TimelineEvent>[], timeline: readonly Entry<TimelineEvent>[]): string[] {
  const own = new Set(events.map((event) => event.id));
  const eventById = byId(timeline);
  const links = (event: Entry<TimelineEvent>) => [
    ...(event.data.inReplyTo ? [{ field: 'inReplyTo', id: event.data.inReplyTo.id }] : []),
    ...(event.data.check?.against ?? []).map(({ id }) => ({ field: 'check.against', id })),
  ];
  return events.flatMap((event) =>
    links(event).flatMap(({ field, id: target }) => {
      // A link to an event that does not exist is reported as a dangling reference.
      if (own.has(target) || !eventById.has(target)) return [];
      const where = storyOfFile(eventById.get(target)?.filePath);
      const story = where ? `the story "${where}"` : 'another story';
      return [
        field === 'inReplyTo'
          ? `${fileOf(event, 'timeline')}: "inReplyTo" refers to "${target}", an event of ${story}. A reply and the event it answers belong to the same story's timeline/.`
          : `${fileOf(event, 'timeline')}: "check.against" refers to "${target}", an event of ${story}. A check is checked against events of its own story's timeline/.`,
      ];
    }),
  );
}

/** The story's claims in file order, checked against its seed and its table. */
function checkStoryClaims<C extends Collections>(
  story: EntryOf<C, 'stories'>,
  seed: EntryOf<C, 'seeds'>,
  companies: readonly EntryOf<C, 'companies'>[],
  subject: Subject | undefined,
  all: C,
): { claims: CheckedClaim<C>[]; problems: string[] } {
  const inTable = byId(companies);
  const problems: string[] = [];
  const claims = all.claims
    .filter((claim) => claim.id.startsWith(`${story.id}/`))
    .sort((a, b) => a.id.localeCompare(b.id));
  const toCheck = claims.map((claim) => {
    const common = {
      file: fileOf(claim, 'claims'),
      id: claim.id,
      quote: claim.data.quote,
      occurrence: claim.data.occurrence,
      verdict: claim.data.verdict,
    };
    const figure = claim.data.figure;
    // A company that does not exist is reported as a dangling reference.
    if (!figure || !all.companies.some((company) => company.id === figure.company.id)) return common;
    const company = inTable.get(figure.company.id);
    const column = tableColumn(figure.field, subject);
    const cell = company && columnValue(company, figure.field, subject);
    if (!company || !column || !cell || !('status' in cell)) {
      const why = !company
        ? `"${figure.company.id}" is not one of the companies of ${storyFile(story.id)}`
        : !column
          ? `the story names no "subject" to show a stake in`
          : `${company.data.name} has no "${figure.field === 'stake' ? `stakes.${subject?.id ?? ''}` : figure.field}"`;
      problems.push(
        `${common.file}: "figure" ties the claim to a cell the table does not show: ${why}. Fix "figure", or remove it.`,
      );
      return common;
    }
    return { ...common, figure: { companyName: company.data.name, fieldLabel: column.name, cell } };
  });
  const result = checkClaims(seed.data, toCheck, claimsFolder(story.id));
  const checked = claims.flatMap((entry, index) => {
    const span = result.spans.get(entry.id);
    return span ? [{ entry, number: index + 1, span, comparison: result.comparisons.get(entry.id) }] : [];
  });
  return { claims: checked, problems: [...problems, ...result.problems] };
}
