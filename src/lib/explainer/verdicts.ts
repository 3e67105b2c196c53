/** How each verdict of the vocabulary (schemas/verdict.ts) is named and explained to a reader. */
import type { Verdict } from '../../schemas/verdict';

export { verdictIds, type Verdict } from '../../schemas/verdict';

export const verdicts: Record<Verdict, { label: string; meaning: string }> = {
  supported: { label: 'Supported', meaning: 'The sources back the claim as written.' },
  partly: { label: 'Partly right', meaning: 'Part of the claim holds; part is wrong, disputed or missing context.' },
  wrong: { label: 'Wrong', meaning: 'The sources contradict the claim.' },
  unverifiable: {
    label: 'Unverifiable',
    meaning: 'No source we could read confirms or refutes it, or it is about the future.',
  },
  opinion: {
    label: 'Opinion',
    meaning: 'A judgement or interpretation, not a checkable fact; the note gives the facts around it.',
  },
  unchecked: {
    label: 'Not yet checked',
    meaning: 'Nobody has checked this claim yet; it says nothing either way.',
  },
};

/** Whether a claim with `verdict` has been checked: every verdict but `unchecked`. */
export const isChecked = (verdict: Verdict): boolean => verdict !== 'unchecked';

/** Verdicts that admit the article's number differs from the sourced one. */
export const verdictsAllowingMismatch: readonly Verdict[] = ['wrong', 'partly'];
