/**
 * `npm run new` (scripts/scaffold-story.ts): one unchecked claim for each
 * quotation and each money amount of a seed, with quotes that the build's
 * own claim checks accept, and files that parse with the real schemas.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planClaims, scaffoldStory } from '../../scripts/scaffold-story';
import { checkClaims } from '../../src/lib/explainer/claim-checks';
import { parseSeed } from '../../src/lib/seed/seed';
import { claimSchema } from '../../src/schemas/claim';
import { figureFields } from '../../src/schemas/company';
import { storySchema } from '../../src/schemas/story';
import { repoRoot } from '../helpers/project';

const FIXTURE = 'seeds/quillfeather.txt';
const text = readFileSync(path.join(repoRoot, 'tests/fixtures/new-story/quillfeather.txt'), 'utf8');
const seed = parseSeed(text, FIXTURE);

/** The build's claim checks on planned claims, as if each were a claim file. */
function checkPlanned(seedText: string) {
  const parsed = parseSeed(seedText, FIXTURE);
  const claims = planClaims(parsed).map((claim, index) => ({
    file: `claim ${index + 1}`,
    id: String(index),
    quote: claim.quote,
    occurrence: claim.occurrence,
    verdict: 'unchecked' as const,
  }));
  return checkClaims({ ...parsed, file: FIXTURE }, claims, 'claims/').problems;
}

describe('the claims of a seed', () => {
  test('are one per quotation and per amount outside quotations, in reading order', () => {
    expect(planClaims(seed).map(({ quote, amounts }) => ({ quote, amounts }))).toEqual([
      { quote: '$12 million from', amounts: ['$12 million'] },
      { quote: '$80 million', amounts: ['$80 million'] },
      { quote: '“We will spend the $12 million on engineers, not on offices.”', amounts: ['$12 million'] },
      { quote: '$12 million last', amounts: ['$12 million'] },
      { quote: '“Good luck with that”', amounts: [] },
      { quote: '$3 million', amounts: ['$3 million'] },
    ]);
  });

  test('say which words they grew from when those stood in more than one place', () => {
    expect(planClaims(seed).map((claim) => claim.grewFrom)).toEqual([
      '$12 million',
      undefined,
      undefined,
      '$12 million',
      undefined,
      undefined,
    ]);
  });

  test('pass the build’s claim checks: every amount covered, each quote in one place, none overlapping', () => {
    expect(checkPlanned(text)).toEqual([]);
  });

  test('pass the claim checks for any seed', () => {
    const word = fc.constantFrom('the', 'fund', 'raised', 'Acme', 'said', 'a', 'year,', 'and', 'so');
    const amount = fc.constantFrom('$5 million', '$5', '$12 billion', '$1,500');
    const quotation = fc
      .array(fc.oneof(word, amount), { minLength: 1, maxLength: 4 })
      .map((words) => `“${words.join(' ')}”`);
    const paragraph = fc
      .array(fc.oneof(word, word, amount, quotation), { minLength: 1, maxLength: 12 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        expect(checkPlanned(`A Title\n\n${paragraphs.join('\n\n')}\n`)).toEqual([]);
      }),
    );
  });

  test('that no words can tell apart say which place they are', () => {
    const twice = parseSeed('Twice Told\n\nIt cost $5 million.\n\nIt cost $5 million.\n', FIXTURE);
    expect(planClaims(twice).map(({ quote, paragraph, occurrence }) => ({ quote, paragraph, occurrence }))).toEqual([
      { quote: '$5 million', paragraph: 0, occurrence: 1 },
      { quote: '$5 million', paragraph: 1, occurrence: 2 },
    ]);
  });
});

describe('the files of a new story', () => {
  const scaffold = scaffoldStory(FIXTURE, text);

  test('are the sidecar, then a numbered claim file each, in the story’s folder', () => {
    expect(scaffold.files.map((file) => file.path)).toEqual([
      'content/stories/quillfeather-raises-money-and-its-rival-is-not-impressed/story.md',
      ...[
        '01-12-million-from',
        '02-80-million',
        '03-we-will-spend-the-12-million-on',
        '04-12-million-last',
        '05-good-luck-with-that',
        '06-3-million',
      ].map((name) => `content/stories/quillfeather-raises-money-and-its-rival-is-not-impressed/claims/${name}.md`),
    ]);
  });

  test('give a sidecar that names the seed and parses with the story schema', () => {
    const [story] = scaffold.files;
    const { frontmatter } = parseFrontmatter(story!.text);
    expect(frontmatter).toEqual({ seed: 'quillfeather' });
    expect(storySchema.safeParse(frontmatter).error?.issues).toBeUndefined();
  });

  test('give claims that are unchecked, quote the article exactly and parse with the claim schema', () => {
    const claims = scaffold.files.slice(1).map((file) => claimSchema.parse(parseFrontmatter(file.text).frontmatter));
    expect(claims.map((claim) => claim.verdict)).toEqual(Array(6).fill('unchecked'));
    expect(claims.map((claim) => claim.quote)).toEqual(planClaims(seed).map((claim) => claim.quote));
  });

  test('name every field a claim’s figure can point at, in the note of an amount', () => {
    for (const field of figureFields) expect(scaffold.files[1]!.text).toContain(field);
  });

  test('say in an amount’s claim file what it covers, why its quote grew and what the editor does next', () => {
    expect(scaffold.files[1]!.text).toMatchInlineSnapshot(`
      "---
      # Written by \`npm run new\` from seeds/quillfeather.txt.
      # The amount "$12 million": every amount of the article needs a claim. To compare it with the table,
      # add figure: { company: <id>, field: valuation } (or revenueRunRate, consumerReach, stake).
      # The quote grew from "$12 million", whose words stand in more than one place in the article.
      # Next: check it against sources, then set verdict (supported, partly, wrong, unverifiable or
      # opinion), say what the sources show in conclusion, list their ids in sources and explain below.
      # The quote may grow to the whole claim, as long as it stays the article’s exact words, stands in
      # one place only, holds any quotation it touches whole and overlaps no other claim.
      quote: "$12 million from"
      verdict: unchecked
      conclusion: "Not checked yet."
      sources: []
      ---
      "
    `);
  });

  test('say in a quotation’s claim file that it checks the amount inside it', () => {
    expect(scaffold.files[3]!.text).toMatchInlineSnapshot(`
      "---
      # Written by \`npm run new\` from seeds/quillfeather.txt.
      # The quotation “We will spend the $12 million on engineers, not on offices.”, with the amount "$12 million" inside it: a claim may not cut through a quotation, so this claim checks the amount too.
      # Next: check it against sources, then set verdict (supported, partly, wrong, unverifiable or
      # opinion), say what the sources show in conclusion, list their ids in sources and explain below.
      # The quote may grow to the whole claim, as long as it stays the article’s exact words, stands in
      # one place only, holds any quotation it touches whole and overlaps no other claim.
      quote: "“We will spend the $12 million on engineers, not on offices.”"
      verdict: unchecked
      conclusion: "Not checked yet."
      sources: []
      ---
      "
    `);
  });
});
