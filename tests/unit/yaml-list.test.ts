import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseYamlList } from '../../src/loaders/yaml-list';
import { repoRoot } from '../helpers/project';

const FILE = 'content/sources.yaml';

describe('parseYamlList', () => {
  test('reads the bibliography: every entry with its id and line', () => {
    const entries = parseYamlList(readFileSync(path.join(repoRoot, FILE), 'utf8'), FILE);
    expect(entries.length).toBeGreaterThan(10);
    expect(entries[0]).toMatchObject({ id: 'officechai-article', line: 9, data: { publisher: 'OfficeChai' } });
  });

  test('a file that does not parse fails with its line, column and the reason', () => {
    // A colon inside an unquoted title: the value needs quotes.
    const text = '- id: a\n  title: A\n\n- id: b\n  title: Musk: no, I never said that\n';
    expect(() => parseYamlList(text, FILE)).toThrowErrorMatchingInlineSnapshot(
      `[YamlSyntaxError: content/sources.yaml:5:10: the YAML does not parse: Nested mappings are not allowed in compact mappings. A value that holds ": " must be in quotes; nothing in content/sources.yaml is published until the whole file parses.]`,
    );
  });

  test('a key given twice in one entry fails at the second', () => {
    expect(() => parseYamlList('- id: a\n  title: A\n  title: B\n', FILE)).toThrow(
      'content/sources.yaml:3:3: the YAML does not parse: Map keys must be unique. Delete one of the two;',
    );
  });

  test('an id given twice fails, naming both places', () => {
    const text = '- id: a\n  title: A\n- id: b\n  title: B\n- id: a\n  title: C\n';
    expect(() => parseYamlList(text, FILE)).toThrowErrorMatchingInlineSnapshot(
      `[YamlListError: content/sources.yaml:5: the id "a" is already the id of the entry at content/sources.yaml:1. Each id names one entry: rename one of the two, or delete the repeated entry.]`,
    );
  });

  test('every entry without an id and every repeated id is reported at once', () => {
    const text = '- id: a\n- title: no id\n- id: a\n- just text\n';
    expect(() => parseYamlList(text, FILE)).toThrowErrorMatchingInlineSnapshot(`
      [YamlListError: content/sources.yaml has 3 problems:
      - content/sources.yaml:2: the entry has no "id". Give it one, e.g. "- id: publisher-2025-09-25".
      - content/sources.yaml:3: the id "a" is already the id of the entry at content/sources.yaml:1. Each id names one entry: rename one of the two, or delete the repeated entry.
      - content/sources.yaml:4: this entry is not a set of fields. Write it as "- id: …" with its fields below.]
    `);
  });

  test('a file that is not a list says what it must be', () => {
    expect(() => parseYamlList('id: a\ntitle: A\n', FILE)).toThrow(
      'content/sources.yaml: must be a list of entries, each starting with "- id: …".',
    );
  });

  test('an empty file has no entries', () => {
    expect(parseYamlList('# nothing yet\n', FILE)).toEqual([]);
  });
});
