/**
 * What a page says when shared: its share image's content and address, and
 * its alt text. Explainers show their headline and their key checked figure;
 * an article no story tells shares one image that claims no checking.
 */
import { SITE } from '../../site';
import type { ArticlePage, Explainer } from '../explainer/build-article-pages';
import { describeComparison, differenceFactor } from '../explainer/figure-comparison';
import { verdictTally } from '../explainer/verdict-card';
import { isChecked, verdictLabel } from '../explainer/verdicts';
import type { ShareImageContent } from './share-image';

/** The name of the site-wide share image, /share/site.png. */
export const SITE_IMAGE = 'site';

/** The name of the share image of every article without a story, /share/article.png. */
export const ARTICLE_IMAGE = 'article';

/** The site path of a share image, e.g. /share/site.png. */
export const shareImagePath = (name: string) => `/share/${name}.png`;

/**
 * The claim the share image shows: the first whose number differs most from
 * the table, too large or too small alike.
 */
function keyCheck(explainer: Explainer): ShareImageContent['check'] {
  const differing = explainer.claims.flatMap(({ entry, comparison }) =>
    comparison?.differs && isChecked(entry.data.verdict) ? [{ entry, comparison }] : [],
  );
  const factor = ({ comparison }: (typeof differing)[number]) =>
    differenceFactor(comparison.articleValue, comparison.sourcedValue);
  // A stable sort: of two claims as far off, the earlier one stays first.
  const key = differing.sort((a, b) => factor(b) - factor(a))[0];
  if (!key) return undefined;
  const { quote, verdict, qualifier } = key.entry.data;
  return {
    claim: quote,
    verdict,
    ...(qualifier ? { qualifier } : {}),
    finding: describeComparison(key.comparison).standalone,
  };
}

/**
 * What the share image of a page shows: the site's without a page, the
 * plain article image for an article no story tells. An explainer says it
 * was checked only when every claim has a verdict.
 */
export function shareImageContent(page: Pick<ArticlePage, 'seed' | 'explainer'> | undefined): ShareImageContent {
  if (!page) {
    return {
      kicker: SITE.name,
      title: 'News articles explained and checked against sourced data',
      footer: 'Every figure names its source',
    };
  }
  if (!page.explainer) {
    return { kicker: 'Article', title: 'A news article, reproduced as published', footer: SITE.name };
  }
  const total = page.explainer.claims.length;
  const checked = page.explainer.claims.filter((claim) => isChecked(claim.entry.data.verdict)).length;
  const check = keyCheck(page.explainer);
  const tally = verdictTally(page.explainer.claims.map((claim) => claim.entry.data.verdict)).segments.map(
    ({ verdict, count }) => ({ verdict, count }),
  );
  return {
    kicker: total > 0 && checked === total ? 'Explainer · checked against sourced data' : 'Explainer',
    title: page.seed.data.title,
    ...(check ? { check } : {}),
    ...(tally.length > 0 ? { tally } : {}),
    footer: `${SITE.name} · ${checked === total ? total : `${checked} of ${total}`} claims checked`,
  };
}

/** Alt text of a share image, saying what it shows. */
export function shareImageAlt(content: ShareImageContent): string {
  const check = content.check
    ? ` The article’s claim “${content.check.claim}” is marked ${verdictLabel(content.check.verdict, content.check.qualifier).toLowerCase()}: ${content.check.finding}`
    : '';
  const tally = content.tally
    ? ` Claims by verdict: ${content.tally.map(({ verdict, count }) => `${count} ${verdictLabel(verdict).toLowerCase()}`).join(', ')}.`
    : '';
  return `${content.kicker}: ${content.title}.${check}${tally}`;
}
