/**
 * remark plugin: marks each checked claim in a seed article's mdast (built by
 * `seedToMdast`). The claim's own words are wrapped in `<mark>` with the
 * verdict as class; right after it comes a link to the claim's note (the
 * verdict's symbol, the claim's number and the verdict's word), and for a
 * number checked against the table, the sourced figure. Everything inserted
 * carries `data-annotation`, so removing those elements gives back the seed's
 * text exactly.
 */
import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** One claim to mark: where it stands and what to say about it. */
export interface ClaimMark {
  /** Index of the paragraph (0-based) in the article. */
  paragraph: number;
  /** Offsets of the claim's words in the paragraph's text. */
  start: number;
  end: number;
  verdict: string;
  /** The verdict for readers, e.g. "Wrong", or "Supported · company figure". */
  verdictLabel: string;
  /** The verdict's symbol, shown before the number, e.g. "✗"; screen readers skip it, as the word follows. */
  symbol: string;
  /** false for a claim nobody has checked yet, whose label must not read "checked". */
  checked?: boolean;
  /** The claim's number in the notes, shown in the label. */
  number: number;
  /** Fragment id for the mark itself, so the note can link back. */
  id: string;
  /** Link to the claim's note. */
  href: string;
  /** For a figure: e.g. "sourced: over $5 billion (Aug 2025), 100× the sourced figure". */
  detail?: string;
}

/** An element inserted by the site or wrapping the seed's words; rendered through `data.hName`. */
export interface ClaimMarkNode {
  type: 'claimMark';
  children: PhrasingContent[];
  data: { hName: string; hProperties: Record<string, string | string[]> };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    claimMark: ClaimMarkNode;
  }
}

export interface RemarkClaimMarksOptions {
  claims?: readonly ClaimMark[];
}

const element = (
  hName: string,
  hProperties: ClaimMarkNode['data']['hProperties'],
  children: PhrasingContent[],
): ClaimMarkNode => ({
  type: 'claimMark',
  children,
  data: { hName, hProperties },
});

const text = (value: string): Text => ({ type: 'text', value });

/** Splits the text node holding `offset` so that a child boundary falls exactly there. */
function splitAt(children: PhrasingContent[], offset: number): PhrasingContent[] {
  const result: PhrasingContent[] = [];
  let at = 0;
  for (const child of children) {
    const length = toString(child).length;
    if (child.type === 'text' && at < offset && offset < at + length) {
      result.push(text(child.value.slice(0, offset - at)), text(child.value.slice(offset - at)));
    } else {
      if (at < offset && offset < at + length) {
        throw new Error(
          `remark-claim-marks: a claim boundary at offset ${offset} falls inside a <${child.type}> element`,
        );
      }
      result.push(child);
    }
    at += length;
  }
  return result;
}

function annotations(claim: ClaimMark): PhrasingContent[] {
  const label = element(
    'a',
    { href: claim.href, className: ['claim-ref', `verdict-${claim.verdict}`], dataAnnotation: '' },
    [
      element('span', { ariaHidden: 'true' }, [text(claim.symbol)]),
      text(' '),
      element('span', { className: ['visually-hidden'] }, [text('Claim ')]),
      text(`${claim.number} `),
      element('span', { className: ['visually-hidden'] }, [text(claim.checked === false ? 'status: ' : 'checked: ')]),
      text(claim.verdictLabel),
    ],
  );
  const detail = claim.detail
    ? [element('span', { className: ['claim-detail'], dataAnnotation: '' }, [text(claim.detail)])]
    : [];
  return [label, ...detail];
}

/** Wraps the children covering [start, end) in a mark and puts the annotations after it. */
function markRange(children: PhrasingContent[], claim: ClaimMark): PhrasingContent[] {
  const split = splitAt(splitAt(children, claim.start), claim.end);
  const before: PhrasingContent[] = [];
  const inside: PhrasingContent[] = [];
  const after: PhrasingContent[] = [];
  let at = 0;
  for (const child of split) {
    const length = toString(child).length;
    (at + length <= claim.start ? before : at >= claim.end ? after : inside).push(child);
    at += length;
  }
  const mark = element('mark', { className: ['claim', `verdict-${claim.verdict}`], id: claim.id }, inside);
  return [...before, mark, ...annotations(claim), ...after];
}

export function remarkClaimMarks({ claims = [] }: RemarkClaimMarksOptions = {}) {
  return (tree: Root) => {
    const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
    // Last claim first, so the text inserted after a mark never shifts the offsets of the claims before it.
    const ordered = [...claims].sort((a, b) => b.paragraph - a.paragraph || b.start - a.start);
    for (const claim of ordered) {
      const paragraph = paragraphs[claim.paragraph];
      if (!paragraph) continue;
      paragraph.children = markRange(paragraph.children, claim);
    }
  };
}
