/**
 * The list of sources of one explainer, on a page of its own: every citation
 * of the explainer links to its entry here, one click away, and the
 * explainer stays light enough to read on a phone.
 */
import type { Seed } from '../../schemas/seed';
import { articlePath } from '../site/urls';
import type { Entry, Explainer } from './build-article-pages';
import type { Citations } from './citations';
import { explainerCitations } from './explainer-view';

export interface SourcesPageView {
  /** The page's title, before the site name. */
  title: string;
  description: string;
  /** The explainer's headline, linked back to. */
  headline: string;
  /** The site path of the explainer. */
  explainerPath: string;
  /** What the story says of its sources as a whole, e.g. how the pages were read. */
  note: string;
  /** Numbered as on the explainer, so "Source 3" there is #source-3 here. */
  citations: Citations;
}

export function sourcesPageView(seed: Entry<Seed>, explainer: Explainer): SourcesPageView {
  const headline = explainer.story.data.headline ?? seed.data.title;
  const citations = explainerCitations(seed.data.slug, explainer);
  return {
    title: `Sources: ${headline}`,
    description: `The ${citations.size} sources of the explainer “${headline}”, numbered in the order it first cites them, each with its title or publisher, address, dates and how it was read.`,
    headline,
    explainerPath: articlePath(seed.data.slug),
    note: explainer.story.data.methodNotes.sources.join(' '),
    citations,
  };
}
