/**
 * How each verdict of the vocabulary (schemas/verdict.ts) is shown, the one
 * table every place that shows a verdict reads: the article's marks, the
 * claim notes, the verdict card, the share image and the structured data.
 * Each verdict has its word, its symbol (so it reads without colour) and its
 * colour. The colours are the tokens of src/styles/tokens.css, light and
 * dark; a unit test holds the two in step and checks their contrast.
 */
import type { Qualifier, Verdict } from '../../schemas/verdict';

export { qualifierIds, verdictIds, type Qualifier, type Verdict } from '../../schemas/verdict';

/** A colour in the light theme and in the dark one. */
export interface ThemeColour {
  light: string;
  dark: string;
}

export interface VerdictLook {
  /** The word, e.g. "Partly right". */
  label: string;
  /** Beside the word everywhere; each one is in the share image's fonts (src/assets/fonts). */
  symbol: string;
  /** One sentence for the legend. */
  meaning: string;
  /** The verdict's text and border colour: `--verdict-<id>-text` in tokens.css. */
  colour: ThemeColour;
  /** Its background tint: `--verdict-<id>` in tokens.css; none for a claim not yet checked. */
  tint: ThemeColour | null;
}

export const verdicts: Record<Verdict, VerdictLook> = {
  supported: {
    label: 'Supported',
    symbol: '✓',
    meaning: 'The sources back the claim as written.',
    colour: { light: '#1b6e35', dark: '#7bd88f' },
    tint: { light: '#e3f1e6', dark: '#1f3a27' },
  },
  partly: {
    label: 'Partly right',
    symbol: '◐',
    meaning: 'Part of the claim holds; part is wrong, unconfirmed or missing context.',
    colour: { light: '#8a5300', dark: '#f2c14e' },
    tint: { light: '#fbf0d2', dark: '#3d3318' },
  },
  wrong: {
    label: 'Wrong',
    symbol: '✗',
    meaning: 'The sources contradict the claim.',
    colour: { light: '#b3261e', dark: '#ff8f85' },
    tint: { light: '#fbe1df', dark: '#4a2020' },
  },
  unverifiable: {
    label: 'Unverifiable',
    symbol: '?',
    meaning: 'No source we could read confirms or refutes it, or it is about the future.',
    colour: { light: '#3f5873', dark: '#9fb8d8' },
    tint: { light: '#e9e9ee', dark: '#2e2f36' },
  },
  opinion: {
    label: 'Opinion',
    symbol: '”',
    meaning: 'A judgement or interpretation, not a checkable fact; the note gives the facts around it.',
    colour: { light: '#6a3d9a', dark: '#cfa9f7' },
    tint: { light: '#ece6f5', dark: '#352b45' },
  },
  unchecked: {
    label: 'Not yet checked',
    symbol: '○',
    meaning: 'Nobody has checked this claim yet; it says nothing either way.',
    colour: { light: '#5c5850', dark: '#b9b3a7' },
    tint: null,
  },
};

export const qualifiers: Record<Qualifier, { label: string; meaning: string }> = {
  'company-figure': {
    label: 'company figure',
    meaning:
      'The verdict rests on the company’s own figures, which no independent source confirms; the claim still counts under its verdict.',
  },
};

/** A claim's verdict as readers see it: "Supported", or "Supported · company figure" with a qualifier. */
export function verdictLabel(verdict: Verdict, qualifier?: Qualifier): string {
  const { label } = verdicts[verdict];
  return qualifier ? `${label} · ${qualifiers[qualifier].label}` : label;
}

/** The same words for a machine-read rating, without the middle dot: "Supported (company figure)". */
export function verdictName(verdict: Verdict, qualifier?: Qualifier): string {
  const { label } = verdicts[verdict];
  return qualifier ? `${label} (${qualifiers[qualifier].label})` : label;
}

/** Whether a claim with `verdict` has been checked: every verdict but `unchecked`. */
export const isChecked = (verdict: Verdict): boolean => verdict !== 'unchecked';

/** Verdicts that admit the article's number differs from the sourced one. */
export const verdictsAllowingMismatch: readonly Verdict[] = ['wrong', 'partly'];
