/**
 * Editors' mistakes fail the build with a message naming the file, the
 * field and what was expected. The schemas' own messages are pinned without
 * a build in tests/unit/content-schemas.test.ts; here, one real build shows
 * how Astro frames a schema error, and one shows the reference check, which
 * reports every dangling reference of the content at once.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildWithEdits, type BuildResult } from '../helpers/project';

const ANTHROPIC = 'content/companies/anthropic.md';
const STORY = 'content/stories/winning-ai-race-was-never-possible-for-anthropic-says-elon-musk';
const MUSK_REPLY = `${STORY}/timeline/2025-09-23-musk-replies-winning-was-never-possible.md`;
const ARTICLE = `${STORY}/story.md`;

describe('a content file that does not match its schema', () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await buildWithEdits({
      [ANTHROPIC]: (text) => text.replace('value: 183000000000', 'value: "$183B"'),
    });
  });

  test('fails the build', () => {
    expect(result.code).not.toBe(0);
  });

  test('is named by collection and id, with the field and the schema’s message', () => {
    expect(result.output).toContain(
      'companies → anthropic data does not match collection schema.\n\n  valuation.value: must be a number without "$" or words, e.g. 183000000000\n',
    );
  });

  test('is named by its path', () => {
    expect(result.output).toContain(`${ANTHROPIC}:0:0`);
  });
});

describe('references to ids that do not exist', () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await buildWithEdits({
      [MUSK_REPLY]: (text) => text.replace('actor: elon-musk', 'actor: elon'),
      [ARTICLE]: (text) => text.replace('companies: [anthropic, xai,', 'companies: [anthropic, x-ai,'),
      [ANTHROPIC]: (text) =>
        text.replace(
          'sources: [anthropic-series-f, ourcoders-50125]',
          'sources: [anthropic-series-g, ourcoders-50125]',
        ),
    });
  });

  test('fail the build with one error that lists them all', () => {
    expect(result.code).not.toBe(0);
    expect(result.output.match(/Content refers to entries that do not exist:/g)).toHaveLength(1);
  });

  test('an unknown person is named with the nearest people', () => {
    expect(result.output).toContain(
      `\n- ${MUSK_REPLY}: "actor" refers to "elon", but there is no such entry in content/people/. Closest ids: elon-musk, grok, yacine.`,
    );
  });

  test('an unknown company is named with the nearest companies', () => {
    expect(result.output).toContain(
      `\n- ${ARTICLE}: "companies[1]" refers to "x-ai", but there is no such entry in content/companies/. Closest ids: xai, openai, amazon.`,
    );
  });

  test('an unknown source is named with the bibliography’s file', () => {
    expect(result.output).toContain(
      `\n- ${ANTHROPIC}: "valuation.sources[0]" refers to "anthropic-series-g", but there is no such entry in content/sources.yaml.`,
    );
  });
});
