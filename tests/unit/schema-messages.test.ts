/**
 * The two mistakes every content file can make, worded once
 * (src/schemas/errors.ts): a field the schema does not know, and a required
 * field left out. Pinned on real content files, parsed as the build parses
 * them, with Astro's own error map in the parse (which outranks zod's global
 * one, so only what the schema words itself reaches the editor).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { companySchema } from '../../src/schemas/company';
import { missingField, unknownField } from '../../src/schemas/errors';
import { figureSchema } from '../../src/schemas/figure';
import { personSchema } from '../../src/schemas/person';
import { sourceSchema } from '../../src/schemas/source';
import { repoRoot } from '../helpers/project';

/** Astro's error map stands in for the one a build parses with; its words must never reach these tests. */
const ASTRO_MAP = { error: (issue: { code?: string }) => `Astro's wording of ${issue.code}` };

/** The schema's issues as the build prints them: "field.path: message". */
function schemaErrors(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data, ASTRO_MAP);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** The frontmatter of `file` (relative to the project) after `edit`, which must change it. */
function frontmatter(file: string, edit: (text: string) => string): Record<string, unknown> {
  const before = readFileSync(path.join(repoRoot, file), 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  return parseFrontmatter(after).frontmatter;
}

const MUSK = 'content/people/elon-musk.md';
const ANTHROPIC = 'content/companies/anthropic.md';

const source = {
  id: 'release',
  title: 'A release',
  publisher: 'Acme',
  url: 'https://example.org/release',
  published: '2025-09-01',
  accessed: null,
  read: 'archived-copy',
};

describe('an unknown field', () => {
  test('fails, suggesting the nearest known field', () => {
    const data = frontmatter(ANTHROPIC, (text) => text.replace('  qualifier: over', '  qualifer: over'));
    expect(schemaErrors(companySchema, data)).toEqual([
      'revenueRunRate.qualifer: unknown field `qualifer` — did you mean `qualifier`?',
    ]);
  });

  test('at the top of a file fails the same way', () => {
    const data = frontmatter(MUSK, (text) => text.replace('affiliation: xAI', 'afiliation: xAI'));
    expect(schemaErrors(personSchema, data)).toEqual([
      'afiliation: unknown field `afiliation` — did you mean `affiliation`?',
    ]);
  });

  test('with no known field near it lists the fields there are', () => {
    expect(schemaErrors(sourceSchema, { ...source, language: 'en' })).toEqual([
      'language: unknown field `language` — the fields here are `id`, `title`, `publisher`, `url`, `published`, `publishedNote`, `accessed`, `read`, `archiveUrl`, `note`',
    ]);
  });

  test('is never a field the file already has', () => {
    expect(unknownField('nmae', ['name', 'role'], ['name', 'nmae'])).toBe(
      'unknown field `nmae` — the fields here are `name`, `role`',
    );
  });

  test('each of several is named on its own line', () => {
    const { title, publisher, ...rest } = source;
    expect(schemaErrors(sourceSchema, { ...rest, titel: title, publsher: publisher })).toEqual([
      'titel: unknown field `titel` — did you mean `title`?',
      'publsher: unknown field `publsher` — did you mean `publisher`?',
    ]);
  });
});

describe('a missing field', () => {
  test('is named, not described by what its schema expected', () => {
    const data = frontmatter(MUSK, (text) => text.replace(/^role: .*\n/m, ''));
    expect(schemaErrors(personSchema, data)).toEqual(['role: missing field `role`']);
  });

  test('inside a figure is named with its path', () => {
    const data = frontmatter(ANTHROPIC, (text) => text.replace(/^ {2}basis: "Series F round"\n/m, ''));
    expect(schemaErrors(companySchema, data)).toEqual(['valuation.basis: missing field `basis`']);
  });

  test('that is a choice lists the values it can take', () => {
    expect(missingField('confidence', ['high', 'low'])).toBe('missing field `confidence` (one of high, low)');
  });
});

describe('a figure’s number', () => {
  const figure = (value: unknown) => ({
    status: 'reported',
    value,
    unit: 'USD',
    measure: 'revenue-run-rate',
    basis: 'run-rate',
    asOf: '2025-08',
    sources: ['release'],
    confidence: 'high',
  });

  test.each([
    ['negative', -5, 'value: must not be negative: give the amount, and say in "measure" and "basis" what it is'],
    ['infinite (YAML .inf or 1e400)', Infinity, 'value: must be a finite number, e.g. 183000000000'],
    ['not a number (YAML .nan)', NaN, 'value: must be a finite number, e.g. 183000000000'],
    ['beyond Number.MAX_SAFE_INTEGER', 1e16, 'value: is too large to be exact: at most 9007199254740991'],
    ['written with "$"', '$183B', 'value: must be a number without "$" or words, e.g. 183000000000'],
  ])('that is %s fails with a plain message', (_, value, message) => {
    expect(schemaErrors(figureSchema, figure(value))).toEqual([message]);
  });

  test('of 0 or of Number.MAX_SAFE_INTEGER is fine', () => {
    expect(schemaErrors(figureSchema, figure(0))).toEqual([]);
    expect(schemaErrors(figureSchema, figure(Number.MAX_SAFE_INTEGER))).toEqual([]);
  });
});

describe('a figure’s measure', () => {
  const MEASURES =
    'private-valuation, market-cap, revenue-run-rate, segment-revenue-run-rate, quarterly-revenue, weekly-active-users, monthly-active-users, platform-users, ownership-share';

  test('left out is named, with the measures it can be', () => {
    const data = frontmatter(ANTHROPIC, (text) => text.replace(/^ {2}measure: private-valuation\n/m, ''));
    expect(schemaErrors(companySchema, data)).toEqual([
      `valuation.measure: missing field \`measure\` (one of ${MEASURES})`,
    ]);
  });

  test('not in the list says which measures there are', () => {
    const data = frontmatter(ANTHROPIC, (text) => text.replace('measure: private-valuation', 'measure: valuation'));
    expect(schemaErrors(companySchema, data)).toEqual([`valuation.measure: must be one of ${MEASURES}`]);
  });

  test('decides the unit: a market capitalisation in percent is refused', () => {
    const data = frontmatter(ANTHROPIC, (text) =>
      text.replace('  unit: USD\n  measure: private-valuation', '  unit: percent\n  measure: market-cap'),
    );
    expect(schemaErrors(companySchema, data)).toEqual(['valuation.unit: must be USD for measure market-cap']);
  });

  test('is one for all the values of a dispute: numbers of different measures do not disagree', () => {
    const data = frontmatter('content/companies/xai.md', (text) =>
      text.replace('measure: private-valuation', 'measure: market-cap'),
    );
    expect(schemaErrors(companySchema, data)).toEqual([
      'valuation.values: the values of a dispute must all have the same "measure": numbers of different measures do not disagree',
    ]);
  });
});

describe('the words read at a glance in a table cell', () => {
  test('a basis of more than a few words says to put the rest in the note', () => {
    const data = frontmatter(ANTHROPIC, (text) =>
      text.replace('basis: "Series F round"', 'basis: "Series F round of $13 billion, led by ICONIQ"'),
    );
    expect(schemaErrors(companySchema, data)).toEqual([
      'valuation.basis: keep it to a few words (at most 40 characters), e.g. "Series F round"; put the rest in "note"',
    ]);
  });

  test('a fact of more than a few words says to put the rest in the note', () => {
    const data = frontmatter(ANTHROPIC, (text) =>
      text.replace(
        'text: "Claude (apps and API), Claude Code"',
        `text: "Claude (apps and API), Claude Code; models: Opus 4.1, Sonnet 4"`,
      ),
    );
    expect(schemaErrors(companySchema, data)).toEqual([
      'products.text: keep it to a few words (at most 60 characters); put the rest in "note"',
    ]);
  });
});

describe('whether a company owns data centres', () => {
  test('is true, false or partly', () => {
    const data = frontmatter(ANTHROPIC, (text) => text.replace(/^ {2}value: false$/m, '  value: maybe'));
    expect(schemaErrors(companySchema, data)).toEqual(['ownsDataCentres.value: must be true, false or partly']);
  });

  test('partly, for one that builds them with partners, is accepted', () => {
    const data = frontmatter(ANTHROPIC, (text) => text.replace(/^ {2}value: false$/m, '  value: partly'));
    expect(schemaErrors(companySchema, data)).toEqual([]);
  });
});
