/**
 * Editors' mistakes fail the build with a message naming the file, the
 * field and what was expected. Each test breaks one file in a copy of the
 * project and pins the message.
 */
import { describe, expect, test } from 'vitest';
import { buildWithEdit } from '../helpers/project';

const ANTHROPIC = 'content/companies/anthropic.md';
const SERIES_F = 'content/timeline/2025-09-02-anthropic-series-f-183-billion.md';
const MUSK_REPLY = 'content/timeline/2025-09-23-musk-replies-winning-was-never-possible.md';
const ARTICLE = 'content/articles/winning-ai-race-was-never-possible-for-anthropic-says-elon-musk.md';

describe('a broken content file fails the build with file, field and fix', () => {
  test('a figure that is not a number', async () => {
    const { code, output } = await buildWithEdit(ANTHROPIC, (text) =>
      text.replace('value: 183000000000', 'value: "$183B"'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('companies → anthropic data does not match collection schema.');
    expect(output).toContain('valuation.value: must be a number without "$" or words, e.g. 183000000000');
    expect(output).toContain(`${ANTHROPIC}:0:0`);
  });

  test('a missing required field', async () => {
    const { code, output } = await buildWithEdit(SERIES_F, (text) => text.replace(/^confidence: .*\n/m, ''));
    expect(code).not.toBe(0);
    expect(output).toContain(
      'timeline → 2025-09-02-anthropic-series-f-183-billion data does not match collection schema.',
    );
    expect(output).toContain('confidence: must be one of high, medium-high, medium, low-medium, low');
    expect(output).toContain(`${SERIES_F}:0:0`);
  });

  test('an invalid date', async () => {
    const { code, output } = await buildWithEdit(SERIES_F, (text) =>
      text.replace('date: "2025-09-02"', 'date: "2025-13-02"'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('at.date: must be a date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-09-23');
    expect(output).toContain(`${SERIES_F}:0:0`);
  });

  test('a reference to an unknown person', async () => {
    const { code, output } = await buildWithEdit(MUSK_REPLY, (text) => text.replace('actor: elon-musk', 'actor: elon'));
    expect(code).not.toBe(0);
    expect(output).toContain(
      `${MUSK_REPLY}: "actor" refers to "elon", but there is no such entry in content/people/. Known ids: elon-musk, grok, matthew-berman, sam-altman, yacine.`,
    );
  });

  test('a reference to an unknown company', async () => {
    const { code, output } = await buildWithEdit(ARTICLE, (text) =>
      text.replace('companies: [anthropic, xai,', 'companies: [anthropic, x-ai,'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain(
      `${ARTICLE}: "companies[1]" refers to "x-ai", but there is no such entry in content/companies/. Known ids: amazon, anthropic, google, openai, xai.`,
    );
  });

  test('a reference to an unknown source', async () => {
    const { code, output } = await buildWithEdit(ANTHROPIC, (text) =>
      text.replace('sources: [anthropic-series-f, ourcoders-50125]', 'sources: [anthropic-series-g, ourcoders-50125]'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain(
      `${ANTHROPIC}: "valuation.sources[0]" refers to "anthropic-series-g", but there is no such entry in content/sources.yaml.`,
    );
  });
});
