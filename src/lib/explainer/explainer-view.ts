/**
 * What the explainer page shows, computed from the model: the page's
 * component only renders these values. Pure, so the marks, the links, the
 * counts and the reading times are tested without a build.
 */
import type { Seed } from '../../schemas/seed';
import type { ClaimMark } from '../../plugins/remark-claim-marks';
import { dataFileNames, dataFilePath } from '../publish/data-files';
import { dataReadmePath } from '../publish/data-readme';
import { normalizeQuote } from '../seed/quote-match';
import { claimAnchor, claimTextAnchor, eventAnchor } from '../site/anchors';
import { formatDate, formatWhen } from '../site/format';
import { SITE } from '../../site';
import { readingMinutes } from '../site/text';
import { sourcesPath } from '../site/urls';
import type { Entry, Explainer } from './build-article-pages';
import { checkSummary, type CheckSummary } from './check-summary';
import { threadOrder } from './reply-chains';
import { splitTimeline, wordingLabel } from './timeline';
import { citations, numberByFirstCitation, type Citations } from './citations';
import { describeComparison } from './figure-comparison';
import { isChecked, verdictLabel, verdicts } from './verdicts';

/** A section of the explainer: its fragment id and its heading. */
export interface Section {
  id: string;
  title: string;
}

/**
 * The explainer's sections in page order, for the table of contents: the
 * reader layer first (the verdicts, the exchange, the companies, the article),
 * then the evidence behind it, then the method, the sources and the data.
 */
const allSections: readonly Section[] = [
  { id: 'verdicts', title: 'The verdicts at a glance' },
  { id: 'exchange', title: 'The exchange' },
  { id: 'companies', title: 'The companies compared' },
  { id: 'article', title: 'The article, checked' },
  { id: 'claims', title: 'The claims, one by one' },
  { id: 'what-happened-next', title: 'What happened next' },
  { id: 'how-we-checked', title: 'How we checked this' },
  { id: 'sources', title: 'Sources' },
  { id: 'data', title: 'Download the data' },
];

/**
 * The sections an explainer has: a story without events, companies or
 * claims has no section for them, and the article is "checked" only when
 * every claim of it is.
 */
export function explainerSections(explainer: Pick<Explainer, 'events' | 'table' | 'claims'>): Section[] {
  const later = explainer.events.filter((event) => event.data.lane === 'later').length;
  const empty = new Set([
    ...(explainer.events.length === later ? ['exchange'] : []),
    ...(later === 0 ? ['what-happened-next'] : []),
    ...(explainer.table.rows.length === 0 ? ['companies'] : []),
    ...(explainer.claims.length === 0 ? ['claims', 'verdicts'] : []),
  ]);
  const allChecked =
    explainer.claims.length > 0 && explainer.claims.every((claim) => isChecked(claim.entry.data.verdict));
  return allSections
    .filter((section) => !empty.has(section.id))
    .map((section) =>
      section.id === 'article' && !allChecked ? { ...section, title: 'The article and its claims' } : section,
    );
}

/** The heading of the section `id` of `sections`. */
export const sectionTitle = (sections: readonly Section[], id: string): string =>
  sections.find((section) => section.id === id)?.title ?? '';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count in words up to ten, in digits beyond: "three", "12". */
export const countInWords = (count: number): string => NUMBER_WORDS[count] ?? String(count);

/** The table's caption, e.g. "The three companies in the article, as of March 2031". */
export function companiesCaption(count: number, asOf: string | undefined): string {
  const companies = count === 1 ? 'The company in the article' : `The ${countInWords(count)} companies in the article`;
  return asOf === undefined ? companies : `${companies}, as of ${asOf}`;
}

/**
 * What the explainer says of its checking, under the headline: only when
 * every claim has a verdict does it say the article was checked.
 */
export function checkingLine(
  summary: Pick<CheckSummary, 'claimCount' | 'checkedCount'>,
  asOf: string | undefined,
): string {
  if (summary.claimCount > 0 && summary.checkedCount === summary.claimCount) {
    return asOf === undefined ? 'Checked against sourced data.' : `Checked against sourced data as of ${asOf}.`;
  }
  const dataAsOf = asOf === undefined ? '' : `; data as of ${asOf}`;
  if (summary.claimCount === 0) return `No claim of the article checked yet${dataAsOf}.`;
  return `${summary.checkedCount} of ${summary.claimCount} claims checked so far${dataAsOf}.`;
}

/** The link to an explainer from the home page, naming what it holds. */
export function explainerTeaser(explainer: Pick<Explainer, 'events' | 'table' | 'claims'>): string {
  const parts = [
    ...(explainer.events.length > 0 ? ['the exchange'] : []),
    ...(explainer.table.rows.length > 0 ? ['the companies'] : []),
    'the article',
  ];
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}` : parts.join('');
  const total = explainer.claims.length;
  const checked = explainer.claims.filter((claim) => isChecked(claim.entry.data.verdict)).length;
  const state =
    total === 0 ? 'no claim checked yet' : checked === total ? 'checked' : `${checked} of ${total} claims checked`;
  return `Read the explainer: ${listed}, ${state}`;
}

/** A date for a `<time>`: its attribute and its words. */
export interface DateView {
  datetime: string;
  label: string;
}

const dateView = (date: string): DateView => ({ datetime: date, label: formatDate(date) });

/** Everything the explainer page computes before it renders. */
export interface ExplainerView {
  /** The sections the page has, in order. */
  sections: Section[];
  /** The time the story's data speaks of, e.g. "early March 2031"; undefined until the story says. */
  asOf: string | undefined;
  /** Under the headline: how far the article was checked, and as of when. */
  checkingLine: string;
  /** The comparison table's caption. */
  caption: string;
  /** Each cited source's number (from 1, in order of first citation), link label and entry on the list of sources. */
  citations: Citations;
  /** The site path of the list of sources. */
  sourcesPage: string;
  /** Links from quoted spans of the article to their timeline events, keyed by normalised quote. */
  quoteHrefs: Map<string, string>;
  /** The checked claims to mark in the article's text. */
  claimMarks: ClaimMark[];
  /** "How we checked this". */
  summary: CheckSummary;
  /** What the story says of its own checking, by where the page shows it. */
  methodNotes: { checking: string; exchange: string; sources: string };
  /** Minutes to read the article alone, and the whole page. */
  readingMinutes: { article: number; page: number };
  /** When the original was published, for a `<time>`; undefined when not recorded. */
  published: { datetime: string; label: string; basis: string | undefined } | undefined;
  /** The downloadable data files, with their site paths. */
  dataFiles: { name: string; path: string }[];
  /** The site path of the README beside the data files. */
  dataReadme: string;
  /** Who the explainer is by, and when it was first published and last updated (when the story says). */
  byline: { author: string; published: DateView | undefined; updated: DateView | undefined };
  /** The corrections made to the explainer, oldest first. */
  corrections: { date: DateView; text: string }[];
}

/**
 * The source ids each citing place of the page names, in the order the page
 * shows them: the thread of the exchange, the events before and around it,
 * the table's cells, the claim notes, then what happened next. Within an
 * event: whose wording it is, how a handle was inferred, its sources, the
 * sources of its check. Sources are numbered by their first place here.
 */
export function citedInPageOrder({
  events,
  people,
  table,
  claims,
}: Pick<Explainer, 'events' | 'people' | 'table' | 'claims'>): string[][] {
  const eventSources = ({ data }: Explainer['events'][number]) => {
    const actor = data.actor ? people.get(data.actor.id)?.data : undefined;
    const wordingSource = wordingLabel(data)?.source;
    return [
      ...(wordingSource ? [wordingSource] : []),
      ...(actor?.handle && actor.handleConfidence ? actor.sources.map((source) => source.id) : []),
      ...data.sources.map((source) => source.id),
      ...(data.check?.sources.map((source) => source.id) ?? []),
    ];
  };
  const { thread, around, later } = splitTimeline(events);
  const threadPosts = threadOrder(thread.map((post) => ({ id: post.id, inReplyTo: post.data.inReplyTo?.id, post })));
  return [
    ...threadPosts.map((item) => eventSources(item.post.post)),
    ...around.map(eventSources),
    ...table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.values.map((value) => value.sources))),
    ...claims.map(({ entry }) => entry.data.sources.map((source) => source.id)),
    ...later.map(eventSources),
  ];
}

/** The citations of an explainer, for its page and its list of sources alike. */
export function explainerCitations(slug: string, explainer: Explainer): Citations {
  return citations(explainer.sources, numberByFirstCitation(citedInPageOrder(explainer)), sourcesPath(slug));
}

/** The view of one explainer page. */
export function explainerView(seed: Entry<Seed>, explainer: Explainer): ExplainerView {
  const { story, sources, claims, quoteMatches } = explainer;
  const { published, asOf, methodNotes } = story.data;
  const summary = checkSummary({
    sources: sources.map((source) => source.id),
    values: explainer.table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.values)),
    verdicts: claims.map((claim) => claim.entry.data.verdict),
    quotesMatched: quoteMatches.map((match) => match.eventId !== null),
  });
  return {
    sections: explainerSections(explainer),
    asOf,
    checkingLine: checkingLine(summary, asOf),
    caption: companiesCaption(explainer.table.rows.length, asOf),
    citations: explainerCitations(seed.data.slug, explainer),
    sourcesPage: sourcesPath(seed.data.slug),
    quoteHrefs: new Map(
      quoteMatches.flatMap((match) =>
        match.eventId ? [[normalizeQuote(match.quote), `#${eventAnchor(match.eventId)}`] as const] : [],
      ),
    ),
    claimMarks: claims.map(({ entry, number, span, comparison }) => ({
      ...span,
      verdict: entry.data.verdict,
      verdictLabel: verdictLabel(entry.data.verdict, entry.data.qualifier),
      symbol: verdicts[entry.data.verdict].symbol,
      checked: isChecked(entry.data.verdict),
      number,
      id: claimTextAnchor(entry.id),
      href: `#${claimAnchor(entry.id)}`,
      ...(comparison?.differs ? { detail: describeComparison(comparison).inline } : {}),
    })),
    summary,
    methodNotes: {
      checking: methodNotes.checking.join(' '),
      exchange: methodNotes.exchange.join(' '),
      sources: methodNotes.sources.join(' '),
    },
    readingMinutes: {
      article: readingMinutes(seed.data.paragraphs),
      page: readingMinutes([
        ...seed.data.paragraphs,
        ...(story.data.summary ?? []),
        story.body ?? '',
        ...explainer.events.map((event) => `${event.data.title} ${event.data.quote?.text ?? ''} ${event.body ?? ''}`),
        ...claims.map(({ entry }) => `${entry.data.conclusion} ${entry.body ?? ''}`),
      ]),
    },
    published: published && {
      datetime: published.date,
      label: formatWhen(published),
      basis: published.basis,
    },
    dataFiles: dataFileNames.map((name) => ({ name, path: dataFilePath(seed.data.slug, name) })),
    dataReadme: dataReadmePath(seed.data.slug),
    byline: {
      author: SITE.author,
      published: story.data.explainerPublished === undefined ? undefined : dateView(story.data.explainerPublished),
      updated:
        story.data.explainerUpdated === undefined || story.data.explainerUpdated === story.data.explainerPublished
          ? undefined
          : dateView(story.data.explainerUpdated),
    },
    corrections: story.data.corrections.map((correction) => ({
      date: dateView(correction.date),
      text: correction.text,
    })),
  };
}
