/**
 * The verdict vocabulary, defined once: a claim and a conclusion in the
 * manner of Full Fact, not a rating scale. Labels live in lib/explainer/verdicts.ts.
 */
export const verdictIds = ['supported', 'partly', 'wrong', 'unverifiable', 'opinion'] as const;
export type Verdict = (typeof verdictIds)[number];
