/**
 * The verdict vocabulary, defined once: a claim and a conclusion in the
 * manner of Full Fact, not a rating scale. Labels live in lib/explainer/verdicts.ts.
 * `unchecked` is a claim nobody has checked yet: shown as such, never counted as checked.
 */
export const verdictIds = ['supported', 'partly', 'wrong', 'unverifiable', 'opinion', 'unchecked'] as const;
export type Verdict = (typeof verdictIds)[number];
