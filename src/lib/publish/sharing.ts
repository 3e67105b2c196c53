/**
 * What a page says when shared: its share image's content and address, and
 * its alt text. Explainers show their headline and their key checked figure.
 */
import type { ArticlePage, Explainer } from '../../content';
import type { ShareImageContent } from './share-image';
import { verdicts } from '../explainer/verdicts';

export const SITE_NAME = 'The Explainer';
/** The name of the site-wide share image, /share/site.png. */
export const SITE_IMAGE = 'site';

export const shareImagePath = (name: string) => `/share/${name}.png`;

/** The claim the share image shows: the first whose number differs most from the table. */
function keyCheck(explainer: Explainer) {
  const withNumbers = explainer.claims.filter((claim) => claim.comparison?.differs);
  const key = withNumbers.sort(
    (a, b) =>
      b.comparison!.articleValue / b.comparison!.sourcedValue - a.comparison!.articleValue / a.comparison!.sourcedValue,
  )[0];
  if (!key?.comparison) return undefined;
  const { comparison } = key;
  return {
    claim: key.entry.data.quote,
    verdict: verdicts[key.entry.data.verdict].label,
    finding: `Sourced: ${comparison.sourcedText} (${comparison.asOfLabel}). The article’s number is ${comparison.ratioText}.`,
  };
}

export function shareImageContent(page: Pick<ArticlePage, 'seed' | 'explainer'> | undefined): ShareImageContent {
  if (!page?.explainer) {
    return {
      kicker: SITE_NAME,
      title: 'News articles explained and checked against sourced data',
      footer: 'Every figure names its source',
    };
  }
  const check = keyCheck(page.explainer);
  return {
    kicker: 'Explainer · checked against sourced data',
    title: page.seed.data.title,
    ...(check ? { check } : {}),
    footer: `${SITE_NAME} · ${page.explainer.claims.length} claims checked`,
  };
}

/** Alt text of a share image, saying what it shows. */
export function shareImageAlt(content: ShareImageContent): string {
  const check = content.check
    ? ` The article’s claim “${content.check.claim}” is marked ${content.check.verdict.toLowerCase()}: ${content.check.finding}`
    : '';
  return `${content.kicker}: ${content.title}.${check}`;
}
