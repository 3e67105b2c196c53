/**
 * The verdict vocabulary, defined once: a claim and a conclusion in the
 * manner of Full Fact, not a rating scale. Labels, symbols and colours live
 * in lib/explainer/verdicts.ts.
 * `unchecked` is a claim nobody has checked yet: shown as such, never counted as checked.
 */
export const verdictIds = ['supported', 'partly', 'wrong', 'unverifiable', 'opinion', 'unchecked'] as const;
export type Verdict = (typeof verdictIds)[number];

/**
 * What a verdict may say about its own evidence, beside the verdict:
 * `company-figure` when the claim rests on the company's own figures, which
 * nobody checked independently. The verdict, and so the count of verdicts, stays the same.
 */
export const qualifierIds = ['company-figure'] as const;
export type Qualifier = (typeof qualifierIds)[number];
