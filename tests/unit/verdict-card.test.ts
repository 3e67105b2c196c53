import { describe, expect, test } from 'vitest';
import { buildArticlePages } from '../../src/lib/explainer/build-article-pages';
import { keyClaimProblems, verdictCard, verdictTally } from '../../src/lib/explainer/verdict-card';
import type { Verdict } from '../../src/lib/explainer/verdicts';
import { STORY, claim, story, storyEntry, storySidecar } from './content-fixtures';

/** The story's explainer, with `keyClaims` set in its sidecar. */
function explainerWith(keyClaims: string[]) {
  const collections = story();
  collections.stories[0] = storyEntry(STORY, { ...storySidecar(), keyClaims });
  return buildArticlePages(collections);
}

/** Today's article: 9 supported, 5 partly right, 1 wrong, 2 unverifiable, 2 opinion. */
const TODAY: Verdict[] = [
  ...Array<Verdict>(9).fill('supported'),
  ...Array<Verdict>(5).fill('partly'),
  'wrong',
  ...Array<Verdict>(2).fill('unverifiable'),
  ...Array<Verdict>(2).fill('opinion'),
];

describe('the key claims', () => {
  test('come in the story’s order, each with its verdict, its words, what the sources give and its note', () => {
    const { pages, problems } = explainerWith(['02-earns', '01-worth']);
    expect(problems).toEqual([]);
    const explainer = pages[0]!.explainer!;
    expect(verdictCard(explainer.story, explainer.claims).keyClaims).toEqual([
      {
        verdict: 'wrong',
        qualifier: undefined,
        label: 'Wrong',
        symbol: '✗',
        quote: '“earns $500 billion a year”',
        finding: 'Sourced: $5 billion (Aug 2025). The article’s number is 100× the sourced figure.',
        number: 2,
        anchor: 'claim-02',
      },
      {
        verdict: 'supported',
        qualifier: undefined,
        label: 'Supported',
        symbol: '✓',
        quote: '“Acme is worth $183 billion”',
        finding: 'Sourced: $183 billion (Aug 2025). They agree within 10%.',
        number: 1,
        anchor: 'claim-01',
      },
    ]);
  });

  test('a claim tied to no figure gives its conclusion, and a qualifier travels with its verdict', () => {
    const collections = story();
    collections.stories[0] = storyEntry(STORY, { ...storySidecar(), keyClaims: ['03-loses'] });
    collections.claims.push(
      claim(`${STORY}/03-loses`, {
        quote: 'Rival’s chief said “Acme is going to lose”',
        verdict: 'supported',
        qualifier: 'company-figure',
        conclusion: 'Acme’s own figures say it is behind.',
      }),
    );
    const { pages, problems } = buildArticlePages(collections);
    expect(problems).toEqual([]);
    const explainer = pages[0]!.explainer!;
    expect(verdictCard(explainer.story, explainer.claims).keyClaims).toMatchObject([
      {
        label: 'Supported · company figure',
        quote: 'Rival’s chief said “Acme is going to lose”',
        finding: 'Acme’s own figures say it is behind.',
      },
    ]);
  });

  test('a story that names none has a card with the tally alone', () => {
    const explainer = explainerWith([]).pages[0]!.explainer!;
    const card = verdictCard(explainer.story, explainer.claims);
    expect(card.keyClaims).toEqual([]);
    expect(card.tally.sentence).toBe('2 claims checked: 1 supported, 1 wrong.');
  });
});

describe('keyClaims that name no claim of the story', () => {
  const FILE = `content/stories/${STORY}/story.md`;
  const FOLDER = `content/stories/${STORY}/claims/`;

  test('fail the build, naming the file, the item and the nearest claims', () => {
    const { problems } = explainerWith(['02-earn', '01-worth']);
    expect(problems).toEqual([
      `A story's content does not fit together:\n- ${FILE}: "keyClaims[0]" names "02-earn", but there is no ${FOLDER}02-earn.md. Give a claim's file name without ".md". Closest: 02-earns, 01-worth.`,
    ]);
  });

  test('a claim named twice is named with both places', () => {
    expect(keyClaimProblems(FILE, ['01-worth', '01-worth'], ['01-worth'], FOLDER)).toEqual([
      `${FILE}: "keyClaims" lists "01-worth" twice (items 1 and 2). List each one once.`,
    ]);
  });

  test('a story without claims says so', () => {
    expect(keyClaimProblems(FILE, ['01-worth'], [], FOLDER)).toEqual([
      `${FILE}: "keyClaims[0]" names "01-worth", but there is no ${FOLDER}01-worth.md. Give a claim's file name without ".md". ${FOLDER} has no claims yet.`,
    ]);
  });
});

describe('the tally', () => {
  test('counts every verdict of the article and says so in a sentence', () => {
    const tally = verdictTally(TODAY);
    expect(tally.segments.map(({ label, symbol, count }) => [symbol, label, count])).toEqual([
      ['✓', 'Supported', 9],
      ['◐', 'Partly right', 5],
      ['✗', 'Wrong', 1],
      ['?', 'Unverifiable', 2],
      ['”', 'Opinion', 2],
    ]);
    expect(tally.sentence).toBe('19 claims checked: 9 supported, 5 partly right, 1 wrong, 2 unverifiable, 2 opinion.');
  });

  test('gives each verdict a share of the bar in proportion to its count, end to end', () => {
    const segments = verdictTally(TODAY).segments;
    expect(segments.map(({ x, width }) => [x, width])).toEqual([
      ['0%', '47.4%'],
      ['47.4%', '26.3%'],
      ['73.7%', '5.3%'],
      ['78.9%', '10.5%'],
      ['89.5%', '10.5%'],
    ]);
    expect(segments.map((segment) => segment.middle)).toEqual(['23.7%', '60.5%', '76.3%', '84.2%', '94.7%']);
    expect(segments.every((segment) => segment.marked)).toBe(true);
  });

  test('a segment too narrow for its symbol leaves it to the list', () => {
    const verdicts: Verdict[] = [...Array<Verdict>(30).fill('supported'), 'wrong'];
    expect(verdictTally(verdicts).segments.map((segment) => segment.marked)).toEqual([true, false]);
  });

  test('counts a claim not yet checked apart from the checked ones', () => {
    const tally = verdictTally(['wrong', 'unchecked']);
    expect(tally.sentence).toBe('1 of 2 claims checked: 1 wrong; 1 not yet checked.');
    expect(tally.segments.map((segment) => segment.label)).toEqual(['Wrong', 'Not yet checked']);
  });

  test('with nothing checked, says so', () => {
    expect(verdictTally(['unchecked']).sentence).toBe('1 claim, none checked yet.');
  });

  test('of one claim speaks of one claim', () => {
    expect(verdictTally(['opinion']).sentence).toBe('1 claim checked: 1 opinion.');
  });
});
