/**
 * The verdict card under the summary: the claims the story names as its key
 * ones, each with its verdict and what the sources give, then a tally of
 * every verdict of the article. Pure, so what the card says is tested
 * without a build; VerdictCard.astro only renders it.
 */
import type { Qualifier, Verdict } from '../../schemas/verdict';
import { claimAnchor } from '../site/anchors';
import { nearest } from '../site/nearest';
import { quoted } from '../site/text';
import { describeComparison, type FigureComparison } from './figure-comparison';
import { findRepeatedIds } from './repeated-ids';
import { isChecked, verdictIds, verdictLabel, verdicts } from './verdicts';

/** What the card needs of a checked claim (lib/explainer/build-article-pages.ts, CheckedClaim). */
export interface CardClaim {
  entry: {
    id: string;
    data: { quote: string; verdict: Verdict; qualifier?: Qualifier | undefined; conclusion: string };
  };
  number: number;
  comparison: FigureComparison | undefined;
}

/** One key claim, as the card shows it. */
export interface KeyClaim {
  verdict: Verdict;
  qualifier: Qualifier | undefined;
  /** The verdict's word, with its qualifier: "Supported · company figure". */
  label: string;
  symbol: string;
  /** The article's words, in quotation marks. */
  quote: string;
  /** What the sources give, in a sentence: the sourced figure against the article's, or the conclusion. */
  finding: string;
  number: number;
  /** The fragment of the claim's note. */
  anchor: string;
}

/** One verdict's part of the tally bar. */
export interface TallySegment {
  verdict: Verdict;
  label: string;
  symbol: string;
  count: number;
  /** Where the segment starts and how wide it is, as SVG percentages: "47.4%". */
  x: string;
  width: string;
  /** The segment's middle, where its symbol stands. */
  middle: string;
  /** Whether the segment is wide enough to hold its symbol (the list below the bar always names it). */
  marked: boolean;
}

export interface Tally {
  total: number;
  checked: number;
  /** The verdicts the article has, in the vocabulary's order; none with a count of 0. */
  segments: TallySegment[];
  /** The tally in words: "19 claims checked: 9 supported, 5 partly right, 1 wrong, 2 unverifiable, 2 opinion." */
  sentence: string;
}

export interface VerdictCard {
  keyClaims: KeyClaim[];
  tally: Tally;
}

/** A segment narrower than this share of the bar shows no symbol: it would not fit. */
const SMALLEST_MARKED = 0.04;

/** A tenth of a percent is under a pixel of the widest bar. */
const percent = (share: number): string => `${Number((share * 100).toFixed(1))}%`;

const claims = (count: number) => (count === 1 ? 'claim' : 'claims');

/** The tally in words: how many claims were checked, and how many have each verdict. */
function tallySentence(total: number, checked: number, segments: readonly TallySegment[]): string {
  const counts = (list: readonly TallySegment[]) =>
    list.map((segment) => `${segment.count} ${segment.label.toLowerCase()}`).join(', ');
  const found = segments.filter((segment) => segment.verdict !== 'unchecked');
  const unchecked = total - checked;
  if (checked === 0) return `${total} ${claims(total)}, none checked yet.`;
  const head = checked === total ? `${total} ${claims(total)} checked` : `${checked} of ${total} claims checked`;
  return `${head}: ${counts(found)}${unchecked > 0 ? `; ${unchecked} not yet checked` : ''}.`;
}

/** Every verdict of the article, counted, with the share of the bar each takes. */
export function verdictTally(verdictsOfClaims: readonly Verdict[]): Tally {
  const total = verdictsOfClaims.length;
  const segments: TallySegment[] = [];
  let before = 0;
  for (const verdict of verdictIds) {
    const count = verdictsOfClaims.filter((each) => each === verdict).length;
    if (count === 0) continue;
    const { label, symbol } = verdicts[verdict];
    segments.push({
      verdict,
      label,
      symbol,
      count,
      x: percent(before / total),
      width: percent(count / total),
      middle: percent((before + count / 2) / total),
      marked: count / total >= SMALLEST_MARKED,
    });
    before += count;
  }
  const checked = verdictsOfClaims.filter(isChecked).length;
  return { total, checked, segments, sentence: tallySentence(total, checked, segments) };
}

/** The card of a story: its key claims in the story's order, and the tally of all its claims. */
export function verdictCard(
  story: { id: string; data: { keyClaims: readonly string[] } },
  checkedClaims: readonly CardClaim[],
): VerdictCard {
  const byName = new Map(checkedClaims.map((claim) => [claim.entry.id, claim]));
  const keyClaims = story.data.keyClaims.flatMap((name): KeyClaim[] => {
    const claim = byName.get(`${story.id}/${name}`);
    if (!claim) return [];
    const { quote, verdict, qualifier, conclusion } = claim.entry.data;
    return [
      {
        verdict,
        qualifier,
        label: verdictLabel(verdict, qualifier),
        symbol: verdicts[verdict].symbol,
        quote: quoted(quote),
        finding: claim.comparison ? describeComparison(claim.comparison).standalone : conclusion,
        number: claim.number,
        anchor: claimAnchor(claim.entry.id),
      },
    ];
  });
  return { keyClaims, tally: verdictTally(checkedClaims.map((claim) => claim.entry.data.verdict)) };
}

/**
 * What is wrong with a story's `keyClaims`: a name that is no claim of the
 * story (with the nearest names), or a claim named twice. `claimNames` are
 * the file names of the story's claims, without `.md`.
 */
export function keyClaimProblems(
  file: string,
  keyClaims: readonly string[],
  claimNames: readonly string[],
  folder: string,
): string[] {
  const known = new Set(claimNames);
  const unknown = keyClaims.flatMap((name, index) => {
    if (known.has(name)) return [];
    const closest = nearest(name, known);
    const offer = closest.length > 0 ? `Closest: ${closest.join(', ')}.` : `${folder} has no claims yet.`;
    return [
      `${file}: "keyClaims[${index}]" names "${name}", but there is no ${folder}${name}.md. Give a claim's file name without ".md". ${offer}`,
    ];
  });
  return [...unknown, ...findRepeatedIds(file, 'keyClaims', keyClaims)];
}
