import { describe, expect, test } from 'vitest';
import { firstField, frontmatterOf, lineOfField } from '../../src/loaders/field-lines';

const COMPANY = `name: Acme
valuation:
  status: reported
  value: "$183B"
  qualifer: over
revenueRunRate:
  status: disputed
  values:
    - value: 1
      unit: USD
    - value: 2
      unit: USD
`;

describe('firstField', () => {
  test('is the first field of the message of a schema error', () => {
    const message =
      '**companies → acme** data does not match collection schema.\n\n  **revenueRunRate.values.1.basis**: missing field `basis`\n  **name**: x\n';
    expect(firstField(message)).toEqual(['revenueRunRate', 'values', 1, 'basis']);
  });

  test('is nothing for another message', () => {
    expect(firstField('Something else went wrong')).toBeUndefined();
  });
});

describe('lineOfField', () => {
  test.each([
    [['name'], 1],
    [['valuation', 'value'], 4],
    [['valuation', 'qualifer'], 5],
    [['revenueRunRate', 'values', 1, 'unit'], 12],
    // A missing field: the line of the object that lacks it.
    [['valuation', 'basis'], 2],
    [['revenueRunRate', 'values', 1, 'basis'], 11],
  ] as const)('finds %j on line %d', (path, line) => {
    expect(lineOfField(COMPANY, path)).toBe(line);
  });

  test('finds a field of an entry of a list, as in sources.yaml', () => {
    expect(lineOfField('- id: a\n  title: A\n\n- id: b\n  titel: B\n', [1, 'titel'])).toBe(5);
    expect(lineOfField('- id: a\n  title: A\n\n- id: b\n  titel: B\n', [1, 'title'])).toBe(4);
  });

  test('is nothing for a field of which nothing is there', () => {
    expect(lineOfField(COMPANY, ['subject'])).toBeUndefined();
  });
});

describe('frontmatterOf', () => {
  test('is the YAML between the fences, starting on line 2', () => {
    expect(frontmatterOf('---\nname: Acme\n---\nBody.\n')).toEqual({ yaml: 'name: Acme', firstLine: 2 });
  });

  test('is nothing for a file without frontmatter', () => {
    expect(frontmatterOf('Body only.\n')).toBeUndefined();
  });
});
