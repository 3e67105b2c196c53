import { describe, expect, test } from 'vitest';
import { collectReferences, findDanglingReferences, referencedIds } from '../../src/lib/explainer/references';

const source = (id: string) => ({ collection: 'sources', id });
const person = (id: string) => ({ collection: 'people', id });

const LOCATIONS = { people: 'content/people/', sources: 'content/sources.yaml' };

describe('collectReferences', () => {
  test('names a reference in a list inside an object by its path', () => {
    const data = { valuation: { status: 'reported', value: 1, sources: [source('a'), source('b')] } };
    expect(collectReferences(data)).toEqual([
      ['valuation.sources[0]', source('a')],
      ['valuation.sources[1]', source('b')],
    ]);
  });

  test('names a top-level reference by its key', () => {
    expect(collectReferences({ title: 'Musk replies', actor: person('elon-musk') })).toEqual([
      ['actor', person('elon-musk')],
    ]);
  });

  test('names a reference nested in objects with dots', () => {
    expect(collectReferences({ quote: { text: 'Yes', reportedBy: source('india-today') } })).toEqual([
      ['quote.reportedBy', source('india-today')],
    ]);
  });

  test('names references in a top-level list by index', () => {
    expect(collectReferences([source('a'), { sources: [source('b')] }])).toEqual([
      ['[0]', source('a')],
      ['[1].sources[0]', source('b')],
    ]);
  });

  test('an object with more than "collection" and "id" is not a reference', () => {
    expect(collectReferences({ entry: { collection: 'sources', id: 'a', title: 'A' } })).toEqual([]);
  });

  test('data without references gives none', () => {
    expect(collectReferences({ title: 'x', order: 2, tags: ['a', 'b'], url: null })).toEqual([]);
  });
});

describe('referencedIds', () => {
  test('lists the ids of one collection referred to anywhere in the data, in order', () => {
    const data = {
      actor: person('elon-musk'),
      quote: { reportedBy: source('india-today') },
      sources: [source('officechai'), source('india-today')],
    };
    expect(referencedIds(data, 'sources')).toEqual(['india-today', 'officechai', 'india-today']);
  });
});

describe('findDanglingReferences', () => {
  const existing = {
    people: new Set(['grok', 'elon-musk']),
    sources: new Set(['india-today']),
  };

  test('a reference to a missing id gives a message with the file, the field and the nearest ids', () => {
    const entries = [{ file: 'content/timeline/x.md', data: { actor: person('elon') } }];
    expect(findDanglingReferences(entries, existing, LOCATIONS)).toEqual([
      'content/timeline/x.md: "actor" refers to "elon", but there is no such entry in content/people/. Closest ids: elon-musk, grok.',
    ]);
  });

  test('offers the three nearest ids, not every id of the collection', () => {
    const sources = new Set(['anthropic-series-f', 'anthropic-series-e', 'india-today', 'officechai', 'qz', 'reuters']);
    const entries = [{ file: 'content/companies/anthropic.md', data: { sources: [source('anthropic-series-g')] } }];
    expect(findDanglingReferences(entries, { sources }, LOCATIONS)).toEqual([
      'content/companies/anthropic.md: "sources[0]" refers to "anthropic-series-g", but there is no such entry in content/sources.yaml. Closest ids: anthropic-series-e, anthropic-series-f, reuters.',
    ]);
  });

  test('a field deep in the data is named by its path', () => {
    const entries = [
      {
        file: 'content/companies/xai.md',
        data: { valuation: { sources: [source('india-today'), source('bloomberg')] } },
      },
    ];
    expect(findDanglingReferences(entries, existing, LOCATIONS)).toEqual([
      'content/companies/xai.md: "valuation.sources[1]" refers to "bloomberg", but there is no such entry in content/sources.yaml. Closest ids: india-today.',
    ]);
  });

  test('a collection without a location is named by the collection', () => {
    const entries = [{ file: 'content/timeline/x.md', data: { inReplyTo: { collection: 'timeline', id: 'y' } } }];
    expect(findDanglingReferences(entries, { timeline: new Set(['z']) }, LOCATIONS)).toEqual([
      'content/timeline/x.md: "inReplyTo" refers to "y", but there is no such entry in timeline. Closest ids: z.',
    ]);
  });

  test('a collection with no entries says so', () => {
    const entries = [{ file: 'content/timeline/x.md', data: { actor: person('elon') } }];
    expect(findDanglingReferences(entries, {}, LOCATIONS)).toEqual([
      'content/timeline/x.md: "actor" refers to "elon", but there is no such entry in content/people/. It has no entries yet.',
    ]);
  });

  test('every dangling reference of every entry is reported, in order', () => {
    const entries = [
      { file: 'content/timeline/a.md', data: { actor: person('elon'), sources: [source('nope')] } },
      { file: 'content/timeline/b.md', data: { actor: person('sam') } },
    ];
    expect(findDanglingReferences(entries, existing, LOCATIONS)).toEqual([
      'content/timeline/a.md: "actor" refers to "elon", but there is no such entry in content/people/. Closest ids: elon-musk, grok.',
      'content/timeline/a.md: "sources[0]" refers to "nope", but there is no such entry in content/sources.yaml. Closest ids: india-today.',
      'content/timeline/b.md: "actor" refers to "sam", but there is no such entry in content/people/. Closest ids: grok, elon-musk.',
    ]);
  });

  test('no message when every reference resolves', () => {
    const entries = [
      { file: 'content/timeline/x.md', data: { actor: person('elon-musk'), sources: [source('india-today')] } },
    ];
    expect(findDanglingReferences(entries, existing, LOCATIONS)).toEqual([]);
  });
});
