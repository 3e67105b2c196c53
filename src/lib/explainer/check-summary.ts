/**
 * "How we checked this", computed by the build from the same data the page
 * shows, so it can never drift from the page.
 */
import { isChecked, verdictIds, type Verdict } from './verdicts';

export interface CheckSummaryInput {
  /** Ids of the sources the page cites. */
  sources: readonly string[];
  /** Every value shown in the table that is a number or a fact, with its sources and date. */
  values: readonly { sources: readonly string[]; asOf: string | null }[];
  verdicts: readonly Verdict[];
  /** For each quoted span of the article, whether it was matched to a post. */
  quotesMatched: readonly boolean[];
}

export interface CheckSummary {
  sourceCount: number;
  valueCount: number;
  valuesWithSources: number;
  claimCount: number;
  /** Claims with a verdict other than `unchecked`. */
  checkedCount: number;
  byVerdict: { verdict: Verdict; count: number }[];
  quoteCount: number;
  quotesMatched: number;
  /** The latest date any value of the table refers to, e.g. "2025-09-15". */
  latestAsOf: string | null;
}

export function checkSummary(input: CheckSummaryInput): CheckSummary {
  const dates = input.values.flatMap((value) => (value.asOf ? [value.asOf] : [])).sort();
  return {
    sourceCount: input.sources.length,
    valueCount: input.values.length,
    valuesWithSources: input.values.filter((value) => value.sources.length > 0).length,
    claimCount: input.verdicts.length,
    checkedCount: input.verdicts.filter(isChecked).length,
    byVerdict: verdictIds.map((verdict) => ({
      verdict,
      count: input.verdicts.filter((each) => each === verdict).length,
    })),
    quoteCount: input.quotesMatched.length,
    quotesMatched: input.quotesMatched.filter(Boolean).length,
    latestAsOf: dates.at(-1) ?? null,
  };
}
