import { expect, test } from 'vitest';
import { yamlSyntaxError } from '../../src/loaders/yaml-errors';

test('YAML that parses gives no error', () => {
  expect(yamlSyntaxError('name: Acme\nrole: "A: B"\n', 'content/people/x.md', 2)).toBeUndefined();
});

test('a frontmatter that does not parse is placed by the line of the file, after the "---"', () => {
  const error = yamlSyntaxError('name: Jane\nhandle: null\naffiliation: Acme: the company\n', 'content/people/x.md', 2);
  expect(error?.message).toBe(
    'content/people/x.md:4:14: the YAML does not parse: Nested mappings are not allowed in compact mappings. A value that holds ": " must be in quotes; nothing in content/people/x.md is published until the whole file parses.',
  );
  expect(error?.loc).toEqual({ file: 'content/people/x.md', line: 4, column: 14 });
});

test('a tab used as indentation says to indent with spaces', () => {
  expect(yamlSyntaxError('at:\n\tdate: "2025"\n', 'content/x.md')?.message).toContain(
    'content/x.md:2:1: the YAML does not parse: Tabs are not allowed as indentation. Indent with spaces;',
  );
});

test('a list left open says to close it, or to quote a value that starts with "["', () => {
  expect(yamlSyntaxError('name: [Acme\nrole: CEO\n', 'content/people/x.md', 2)?.message).toBe(
    'content/people/x.md:3:1: the YAML does not parse: Flow sequence in block collection must be sufficiently indented and end with a ]. A "[" or "{" opened earlier is not closed: close it on the line it opens, or put a value that starts with it in quotes; nothing in content/people/x.md is published until the whole file parses.',
  );
});
