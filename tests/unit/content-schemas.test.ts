/**
 * The schemas' error messages, pinned without a build: a real content file,
 * read with Astro's own frontmatter parser, broken the way an editor might,
 * and parsed with the collection's schema. Each line is what the build
 * prints under "<collection> → <id> data does not match collection schema."
 * (tests/build/content-errors.test.ts shows that framing in a real build).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { claimSchema } from '../../src/schemas/claim';
import { companySchema } from '../../src/schemas/company';
import { timelineEventSchema } from '../../src/schemas/timeline-event';
import { repoRoot } from '../helpers/project';

/** The frontmatter of `file` (relative to the project) after `edit`, which must change it. */
function frontmatter(file: string, edit: (text: string) => string): Record<string, unknown> {
  const before = readFileSync(path.join(repoRoot, file), 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  return parseFrontmatter(after).frontmatter;
}

/** The schema's issues as the build prints them: "field.path: message". */
function schemaErrors(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const ANTHROPIC = 'content/companies/anthropic.md';
const CODERS =
  'content/stories/winning-ai-race-was-never-possible-for-anthropic-says-elon-musk/claims/07-popular-among-coders.md';
const SERIES_F =
  'content/stories/winning-ai-race-was-never-possible-for-anthropic-says-elon-musk/timeline/2025-09-02-anthropic-series-f-183-billion.md';

describe('a company', () => {
  test('with a figure that is not a number says to write a plain number', () => {
    const data = frontmatter(ANTHROPIC, (text) => text.replace('value: 183000000000', 'value: "$183B"'));
    expect(schemaErrors(companySchema, data)).toEqual([
      'valuation.value: must be a number without "$" or words, e.g. 183000000000',
    ]);
  });
});

const TIMELINE = 'content/stories/winning-ai-race-was-never-possible-for-anthropic-says-elon-musk/timeline';
const EMAIL = `${TIMELINE}/2018-12-26-musk-email-0-percent-not-1-percent.md`;
const DENIAL = `${TIMELINE}/2025-09-23-musk-says-no-i-never-said-that.md`;
const YACINE = `${TIMELINE}/2025-09-23-yacine-says-anthropic-is-going-to-lose.md`;

describe('a timeline event', () => {
  test('in a lane that does not exist names the four lanes', () => {
    const data = frontmatter(SERIES_F, (text) => text.replace('lane: context', 'lane: epilogue'));
    expect(schemaErrors(timelineEventSchema, data)).toEqual(['lane: must be exchange, background, context or later']);
  });

  test('with an email header on an event that is not an email says to give it only with kind: email', () => {
    const data = frontmatter(EMAIL, (text) => text.replace('kind: email', 'kind: post'));
    expect(schemaErrors(timelineEventSchema, data)).toEqual([
      'email: "email" is the header of an email: give it only with kind: email',
    ]);
  });

  test('with a check but no quote says a check checks words', () => {
    const data = frontmatter(DENIAL, (text) => text.replace(/^quote:\n( {2}.*\n)+/m, ''));
    expect(schemaErrors(timelineEventSchema, data)).toEqual([
      'check: a "check" checks words: give the "quote" it checks',
    ]);
  });

  test('with a check "not yet checked" lists the verdicts a check can give', () => {
    const data = frontmatter(DENIAL, (text) => text.replace('verdict: partly', 'verdict: unchecked'));
    expect(schemaErrors(timelineEventSchema, data)).toEqual([
      'check.verdict: must be one of supported, partly, wrong, unverifiable, opinion',
    ]);
  });

  test('with "seenIn" on words as reported says where their source goes', () => {
    const data = frontmatter(YACINE, (text) =>
      text.replace('reportedBy: officechai-article', 'reportedBy: officechai-article\n  seenIn: officechai-article'),
    );
    expect(schemaErrors(timelineEventSchema, data)).toEqual([
      'quote.seenIn: "seenIn" says where original words were seen; a quote "as-reported" names its source in "reportedBy"',
    ]);
  });

  test('without its confidence says the field is missing, with the allowed values', () => {
    const data = frontmatter(SERIES_F, (text) => text.replace(/^confidence: .*\n/m, ''));
    expect(schemaErrors(timelineEventSchema, data)).toEqual([
      'confidence: missing field `confidence` (one of high, medium-high, medium, low-medium, low)',
    ]);
  });

  test('with a month 13 says how to write a date', () => {
    const data = frontmatter(SERIES_F, (text) => text.replace('date: "2025-09-02"', 'date: "2025-13-02"'));
    expect(schemaErrors(timelineEventSchema, data)).toEqual([
      'at.date: must be a date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-09-23',
    ]);
  });
});

describe('a claim', () => {
  test('with a qualifier outside the vocabulary names the one there is', () => {
    const data = frontmatter(CODERS, (text) => text.replace('qualifier: company-figure', 'qualifier: company'));
    expect(schemaErrors(claimSchema, data)).toEqual([
      `qualifier: must be company-figure (the verdict rests on the company's own figures), or leave "qualifier" out`,
    ]);
  });

  test('with a qualifier but no verdict yet says to set the verdict first', () => {
    const data = frontmatter(CODERS, (text) => text.replace('verdict: supported', 'verdict: unchecked'));
    expect(schemaErrors(claimSchema, data)).toEqual([
      'qualifier: qualifies a verdict, and a claim not yet checked has none: set "verdict" first, or remove "qualifier"',
    ]);
  });
});
