/**
 * Editors' mistakes fail the build with a message naming the file, the
 * field and what was expected. The messages are pinned without a build in
 * the unit tier (schemas, the model's checks, the loaders); here, one real
 * build shows how Astro frames a schema error, and one shows that every
 * problem the model finds is reported at once, without one causing others:
 * dangling references, the story's content, and the claims against the text.
 * That second build runs as `npm run build` does, over a previous site, and
 * shows that a build failing half-way leaves dist/ as it was.
 * The shared edited build shows a warning, printed once. (A YAML file that
 * does not parse fails a rebuild in tests/gates/static-gates.test.ts.)
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildWithEdits, repoRoot, type BuildResult } from '../helpers/project';
import { editedBuild, UNUSED_PERSON } from '../helpers/shared-builds';

const ANTHROPIC = 'content/companies/anthropic.md';
const STORY = 'content/stories/winning-ai-race-was-never-possible-for-anthropic-says-elon-musk';
const TIMELINE = `${STORY}/timeline`;
const CLAIMS = `${STORY}/claims`;
const MUSK_REPLY = `${TIMELINE}/2025-09-23-musk-replies-winning-was-never-possible.md`;
const ARTICLE = `${STORY}/story.md`;
const SEED = 'seeds/000_d2ade5a4050b47a8.txt';
const PREVIOUS_SITE = 'the previous, complete site';

describe('a content file that does not match its schema', () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await buildWithEdits({
      [ANTHROPIC]: (text) =>
        text
          .replace('value: 183000000000', 'value: "$183B"')
          .replace(/^ {2}basis: "Series F round"\n/m, '')
          .replace('  qualifier: over', '  qualifer: over'),
    });
  });

  test('fails the build', () => {
    expect(result.code).not.toBe(0);
  });

  test('is named by collection and id, with every field and its message, unknown and missing fields included', () => {
    expect(result.output).toContain(
      [
        'companies → anthropic data does not match collection schema.',
        '',
        '  valuation.value: must be a number without "$" or words, e.g. 183000000000',
        '  valuation.basis: missing field `basis`',
        '  revenueRunRate.qualifer: unknown field `qualifer` — did you mean `qualifier`?',
        '',
      ].join('\n'),
    );
  });

  test('is located at the line of the first field it names', async () => {
    const text = await readFile(path.join(repoRoot, ANTHROPIC), 'utf8');
    const line = text.split('\n').indexOf('  value: 183000000000') + 1;
    expect(result.output).toContain(`${ANTHROPIC}:${line}:1`);
  });
});

describe('mistakes the model finds, all in one copy', () => {
  let result: BuildResult & { root: string };
  beforeAll(async () => {
    result = await buildWithEdits(
      {
        // References to ids that do not exist.
        [MUSK_REPLY]: (text) => text.replace('actor: elon-musk', 'actor: elon'),
        [ANTHROPIC]: (text) =>
          text.replace(
            'sources: [anthropic-series-f, ourcoders-50125]',
            'sources: [anthropic-series-g, ourcoders-50125]',
          ),
        // An unknown company, and a company listed twice.
        [ARTICLE]: (text) =>
          text.replace(
            'companies: [anthropic, xai, openai, google, amazon]',
            'companies: [anthropic, x-ai, openai, google, amazon, openai]',
          ),
        // A reply chain that loops: Yacine's post now answers Berman's, which answers Musk's reply to Yacine.
        [`${TIMELINE}/2025-09-23-yacine-says-anthropic-is-going-to-lose.md`]: (text) =>
          text.replace(
            'kind: post\n',
            'kind: post\ninReplyTo: 2025-09-23-berman-says-musk-said-the-same-about-openai\n',
          ),
        // The seed's "$183 billion" changed, a wrong number called supported, a quote that occurs four times.
        [SEED]: (seed) => seed.replace('$183 billion', '$180 billion'),
        [`${CLAIMS}/08-annualized-revenue-500-billion.md`]: (claim) =>
          claim.replace('verdict: wrong', 'verdict: supported'),
        [`${CLAIMS}/02-anthropic-competes-with-xai.md`]: (claim) =>
          claim.replace('quote: "Anthropic, which competes with his own xAI"', 'quote: "xAI"'),
      },
      {
        // Built as `npm run build` does, over the previous site: the model's error stops the
        // build half-way, while it renders pages, and dist/ must come out of it untouched.
        viaBuildScript: true,
        prepare: async (root) => {
          await mkdir(path.join(root, 'dist'));
          await writeFile(path.join(root, 'dist', 'index.html'), PREVIOUS_SITE);
        },
      },
    );
  });

  test('leave the previous dist/ untouched, with no staging folder or .prerender/ behind (npm run build)', async () => {
    expect(result.output).toContain('dist/ was left as it was before this build.');
    expect(await readdir(path.join(result.root, 'dist'), { recursive: true })).toEqual(['index.html']);
    expect(await readFile(path.join(result.root, 'dist', 'index.html'), 'utf8')).toBe(PREVIOUS_SITE);
    expect((await readdir(result.root)).filter((name) => name.includes('dist'))).toEqual(['dist']);
  });

  test('fail the build with one error, each kind of problem under one heading', () => {
    expect(result.code).not.toBe(0);
    for (const heading of [
      'Content refers to entries that do not exist:',
      "A story's content does not fit together:",
      "The article's claims do not check out:",
    ]) {
      expect(result.output.split(heading)).toHaveLength(2);
    }
  });

  test('an unknown person is named with the nearest people, at the line of the field', () => {
    expect(result.output).toContain(
      `\n- ${MUSK_REPLY}:9: "actor" refers to "elon", but there is no such entry in content/people/. Closest ids: elon-musk, grok, yacine.`,
    );
  });

  test('an unknown company is named with the nearest companies', () => {
    expect(result.output).toContain(
      `\n- ${ARTICLE}:19: "companies[1]" refers to "x-ai", but there is no such entry in content/companies/. Closest ids: xai, openai, amazon.`,
    );
  });

  test('an unknown source is named with the bibliography’s file and the nearest source first', () => {
    expect(result.output).toContain(
      `\n- ${ANTHROPIC}:11: "valuation.sources[0]" refers to "anthropic-series-g", but there is no such entry in content/sources.yaml. Closest ids: anthropic-series-f,`,
    );
  });

  test('a company listed twice names both places', () => {
    expect(result.output).toContain(
      `\n- ${ARTICLE}:19: "companies" lists "openai" twice (items 3 and 6). List each one once.`,
    );
  });

  test('a reply chain that loops names every event of the loop', () => {
    expect(result.output).toContain(
      `\n- ${TIMELINE}/2025-09-23-berman-says-musk-said-the-same-about-openai.md:16: "inReplyTo" goes round in a loop: 2025-09-23-berman-says-musk-said-the-same-about-openai → 2025-09-23-musk-replies-winning-was-never-possible → 2025-09-23-yacine-says-anthropic-is-going-to-lose → 2025-09-23-berman-says-musk-said-the-same-about-openai.`,
    );
  });

  test('a quote that occurs more than once asks for a longer quote or an occurrence', () => {
    expect(result.output).toContain(
      `\n- ${CLAIMS}/02-anthropic-competes-with-xai.md:2: "quote" occurs 4 times in ${SEED} (paragraphs 2, 3 and 4): “xAI”. Quote more of the sentence so that the words occur once, or add "occurrence: 1" (or 2, …, counted in reading order) to say which.`,
    );
  });

  test('changing the seed’s "$183 billion" names the claim whose words are gone, and the amount no claim covers', () => {
    expect(result.output).toContain(
      `\n- ${CLAIMS}/05-anthropic-worth-183-billion.md:2: "quote" does not occur in ${SEED}: “Anthropic is now worth $183 billion”.`,
    );
    expect(result.output).toContain(
      `\n- ${SEED}: these amounts are not covered by any claim in ${CLAIMS}/: "$180 billion" (paragraph 3).`,
    );
  });

  test('calling the $500 billion revenue "supported" gives both numbers', () => {
    expect(result.output).toContain(
      `\n- ${CLAIMS}/08-annualized-revenue-500-billion.md: the article says $500 billion but the table has over $5 billion (Aug 2025) for Anthropic’s revenue run-rate: 100× the sourced figure, more than 10% apart. So "verdict" must be wrong or partly, not supported.`,
    );
  });

  test('no problem follows from another: the unknown company causes nothing else', () => {
    expect(result.output.match(/^- (content|seeds)\//gm)).toHaveLength(9);
  });
});

describe('a person no story uses', () => {
  test('is a warning naming the file and how to use it, printed once, and the build succeeds', async () => {
    // editedBuild() must succeed, or it throws.
    const { output } = await editedBuild();
    const warning = `[explainer] ${UNUSED_PERSON.file}: no story uses it, so it is not published. Name "jane-example" as the "actor" of an event in a story's timeline (content/stories/<story>/timeline/), or delete the file.`;
    expect(output.split(warning)).toHaveLength(2);
  });
});
