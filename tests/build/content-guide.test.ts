/**
 * The content guide (README, "Editing content") cannot drift from the
 * schemas: every field and every allowed value of every editorial
 * collection must appear in it. The schemas are read from the JSON Schema
 * files Astro writes during the build.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, expect, inject, test } from 'vitest';
import { repoRoot } from '../helpers/project';

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: string[];
  const?: string;
};

/** Field names and allowed values of a schema, leaving out the inside of references. */
function walk(schema: JsonSchema, fields = new Set<string>(), values = new Set<string>()) {
  const isReference = (option: JsonSchema) => option.properties !== undefined && 'collection' in option.properties;
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    // Astro adds "$schema" so editors' tools can find the schema; it is not ours.
    if (name !== '$schema') fields.add(name);
    walk(child, fields, values);
  }
  if (schema.items) walk(schema.items, fields, values);
  for (const option of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
    if (!isReference(option)) walk(option, fields, values);
  }
  for (const value of schema.enum ?? []) values.add(value);
  if (schema.const) values.add(schema.const);
  return { fields, values };
}

let guide: string;
beforeAll(async () => {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf('## Editing content');
  expect(start).toBeGreaterThan(-1);
  guide = readme.slice(start, readme.indexOf('\n## ', start + 1));
});

test.each(['sources', 'companies', 'people', 'timeline', 'stories', 'claims'])(
  'the guide documents every field and allowed value of %s',
  async (collection) => {
    const root = path.dirname(inject('dist'));
    const schema = JSON.parse(
      await readFile(path.join(root, '.astro', 'collections', `${collection}.schema.json`), 'utf8'),
    ) as JsonSchema & { additionalProperties?: JsonSchema | boolean };
    // The file() loader wraps entries in an object of entries: use the entry schema. A strict
    // schema says `additionalProperties: false` instead, and is the entry schema itself.
    const entry: JsonSchema = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : schema;
    const { fields, values } = walk(entry);
    expect(fields.size).toBeGreaterThan(2);
    const missingFields = [...fields].filter((field) => !new RegExp(`\\b${field}\\b`).test(guide));
    const missingValues = [...values].filter((value) => !guide.includes(value));
    expect({ missingFields, missingValues }).toEqual({ missingFields: [], missingValues: [] });
  },
);
