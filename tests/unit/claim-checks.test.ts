import { describe, expect, test } from 'vitest';
import { checkClaims, locateQuote, type ClaimToCheck, type SeedToCheck } from '../../src/lib/explainer/claim-checks';
import { figureSchema, type Figure } from '../../src/schemas/figure';

// Parsed by the real schema, as the build does: the source id becomes a reference.
const revenue = figureSchema.parse({
  status: 'reported',
  value: 5e9,
  unit: 'USD',
  qualifier: 'over',
  measure: 'revenue-run-rate',
  basis: 'run-rate',
  asOf: '2025-08',
  sources: ['release'],
  confidence: 'high',
});

const seed: SeedToCheck = {
  file: 'seeds/story.txt',
  paragraphs: ['Intro with “a quote” here.', 'It is worth $183 billion and earns $500 billion.'],
  quotes: [{ paragraph: 0, start: 11, end: 22, text: 'a quote' }],
  figures: [
    { paragraph: 1, start: 12, end: 24, text: '$183 billion' },
    { paragraph: 1, start: 35, end: 47, text: '$500 billion' },
  ],
};

const claim = (overrides: Partial<ClaimToCheck> & Pick<ClaimToCheck, 'id' | 'quote'>): ClaimToCheck => ({
  file: `content/claims/story/${overrides.id}.md`,
  verdict: 'supported',
  ...overrides,
});

const FOLDER = 'content/claims/story/';

describe('locateQuote', () => {
  test('finds the paragraph and offsets of the exact words', () => {
    expect(locateQuote('earns $500 billion', seed.paragraphs)).toEqual({ paragraph: 1, start: 29, end: 47 });
  });

  test('finds nothing when a character differs', () => {
    expect(locateQuote('Intro with "a quote"', seed.paragraphs)).toBeUndefined();
  });
});

describe('checkClaims', () => {
  const covering = [
    claim({ id: '01-worth', quote: 'worth $183 billion' }),
    claim({
      id: '02-earns',
      quote: 'earns $500 billion',
      verdict: 'wrong',
      figure: { companyName: 'Anthropic', fieldLabel: 'revenue run-rate', cell: revenue },
    }),
  ];

  test('passes when every quote is found, every amount covered and numbers agree or are marked', () => {
    const result = checkClaims(seed, covering, FOLDER);
    expect(result.problems).toEqual([]);
    expect(result.spans.get('01-worth')).toEqual({ paragraph: 1, start: 6, end: 24 });
    expect(result.comparisons.get('02-earns')).toMatchObject({ articleValue: 500e9, sourcedValue: 5e9, differs: true });
  });

  test('a quote that is not in the seed names the claim file and the missing text', () => {
    const result = checkClaims(seed, [claim({ id: '01-worth', quote: 'worth $180 billion' }), covering[1]!], FOLDER);
    expect(result.problems).toEqual([
      'content/claims/story/01-worth.md: "quote" does not occur in seeds/story.txt: “worth $180 billion”. Copy the words exactly from the article (curly quotes, apostrophes and dashes included), within one paragraph.',
      'seeds/story.txt: these amounts are not covered by any claim in content/claims/story/: "$183 billion" (paragraph 2). Add a claim whose "quote" includes each amount.',
    ]);
  });

  test('a quote whose words occur more than once asks for a longer quote or an occurrence', () => {
    const thrice: SeedToCheck = {
      ...seed,
      paragraphs: ['It is big.', 'Worth it. It is big, and It is big.'],
      figures: [],
    };
    expect(
      checkClaims(
        thrice,
        [claim({ id: '01-big', quote: 'Worth it' }), claim({ id: '02-big', quote: 'It is big' })],
        FOLDER,
      ).problems,
    ).toEqual([
      'content/claims/story/02-big.md: "quote" occurs 3 times in seeds/story.txt (paragraphs 1 and 2): “It is big”. Quote more of the sentence so that the words occur once, or add "occurrence: 1" (or 2, …, counted in reading order) to say which.',
    ]);
  });

  test('an occurrence picks one of the places, in reading order', () => {
    const twice: SeedToCheck = { ...seed, paragraphs: ['It is big.', 'Worth it. It is big.'], figures: [] };
    const result = checkClaims(twice, [claim({ id: '01-big', quote: 'It is big', occurrence: 2 })], FOLDER);
    expect(result.problems).toEqual([]);
    expect(result.spans.get('01-big')).toEqual({ paragraph: 1, start: 10, end: 19 });
  });

  test('an occurrence beyond the places there are says how many there are', () => {
    const result = checkClaims(seed, [...covering, claim({ id: '03-intro', quote: 'Intro', occurrence: 2 })], FOLDER);
    expect(result.problems).toEqual([
      'content/claims/story/03-intro.md: "occurrence" is 2, but “Intro” occurs once in seeds/story.txt. Give a number from 1 to 1, or remove "occurrence".',
    ]);
  });

  test('a number more than 10% off with verdict supported gives both numbers', () => {
    const result = checkClaims(seed, [covering[0]!, { ...covering[1]!, verdict: 'supported' }], FOLDER);
    expect(result.problems).toEqual([
      'content/claims/story/02-earns.md: the article says $500 billion but the table has over $5 billion (Aug 2025) for Anthropic’s revenue run-rate: 100× the sourced figure, more than 10% apart. So "verdict" must be wrong or partly, not supported.',
    ]);
  });

  test('partly is also allowed for a number that differs', () => {
    expect(checkClaims(seed, [covering[0]!, { ...covering[1]!, verdict: 'partly' }], FOLDER).problems).toEqual([]);
  });

  test('a figure claim whose quote holds no amount is refused', () => {
    const result = checkClaims(
      seed,
      [
        ...covering,
        claim({
          id: '03-intro',
          quote: 'Intro with',
          figure: { companyName: 'Anthropic', fieldLabel: 'valuation', cell: revenue },
        }),
      ],
      FOLDER,
    );
    expect(result.problems).toEqual([
      'content/claims/story/03-intro.md: "figure" ties the claim to Anthropic’s valuation, but "quote" holds no amount such as "$5 billion".',
    ]);
  });

  test('a figure claim pointing at a cell with no number is refused', () => {
    const missing: Figure = { status: 'not-found', reason: 'not published', sources: [] };
    const result = checkClaims(
      seed,
      [
        covering[0]!,
        { ...covering[1]!, figure: { companyName: 'xAI', fieldLabel: 'revenue run-rate', cell: missing } },
      ],
      FOLDER,
    );
    expect(result.problems).toEqual([
      'content/claims/story/02-earns.md: "figure" points at xAI’s revenue run-rate, which has no reported number (status: not-found). Remove "figure" or give that cell a number.',
    ]);
  });

  test('overlapping quotes are refused', () => {
    const result = checkClaims(seed, [...covering, claim({ id: '03-overlap', quote: '$183 billion and' })], FOLDER);
    expect(result.problems).toEqual([
      'content/claims/story/01-worth.md and content/claims/story/03-overlap.md: their quotes overlap in paragraph 2. Each word of the article can belong to one claim only; shorten one "quote".',
    ]);
  });

  test('a quote cutting through a quotation is refused', () => {
    const result = checkClaims(seed, [...covering, claim({ id: '03-cut', quote: 'with “a' })], FOLDER);
    expect(result.problems).toEqual([
      'content/claims/story/03-cut.md: "quote" cuts through the quotation “a quote” in paragraph 1. Include the whole quotation, marks and all, or none of it.',
    ]);
  });

  test('a quote holding a whole quotation is fine', () => {
    expect(
      checkClaims(seed, [...covering, claim({ id: '03-whole', quote: 'with “a quote” here' })], FOLDER).problems,
    ).toEqual([]);
  });
});
