import { describe, expect, test } from 'vitest';
import { citationLabel, numberByFirstCitation, sourceName } from '../../src/lib/explainer/citations';
import { dataFileDescriptions, dataReadme } from '../../src/lib/publish/data-readme';
import { dataFileNames } from '../../src/lib/publish/data-files';

describe('numberByFirstCitation', () => {
  test('numbers each source where a reader first meets it, once', () => {
    expect([...numberByFirstCitation([['b', 'a'], [], ['a', 'c', 'b']])]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });
});

describe('sourceName', () => {
  test('is the page’s own title where a copy showed it', () => {
    expect(sourceName({ title: 'Inside the deal', publisher: 'Newswire', url: 'https://www.newswire.example/x' })).toBe(
      'Inside the deal',
    );
  });

  test('is the publisher and the site, never words from the address, when no title was seen', () => {
    expect(
      sourceName({ title: null, publisher: 'Quartz', url: 'https://www.qz.com/amazon-invest-4-billion-ai-startup' }),
    ).toBe('Quartz (qz.com)');
  });
});

describe('citationLabel', () => {
  test('names the number, the publisher and the date', () => {
    expect(citationLabel(3, { publisher: 'Anthropic', published: '2025-09-02' })).toBe(
      'Source 3: Anthropic, 2 Sept 2025',
    );
  });

  test('says so when the page gives no date', () => {
    expect(citationLabel(1, { publisher: 'OfficeChai', published: null })).toBe('Source 1: OfficeChai, date not shown');
  });
});

describe('dataReadme', () => {
  const readme = dataReadme({
    title: 'Acme can never win',
    pageUrl: 'https://example.org/acme/',
    asOf: 'early March 2031',
    files: dataFileNames,
  });

  test('describes every data file', () => {
    for (const file of dataFileNames) expect(readme).toContain(`- \`${file}\`: ${dataFileDescriptions[file]}`);
  });

  test('gives the licence, the page and the time the data speaks of', () => {
    expect(readme).toContain('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(readme).toContain('https://example.org/acme/, and speak of early March 2031.');
  });
});
