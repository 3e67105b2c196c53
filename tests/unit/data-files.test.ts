import { describe, expect, test } from 'vitest';
import { companyTable } from '../../src/lib/explainer/company-table';
import {
  claimsJson,
  companiesCsv,
  companiesJson,
  dataFileNames,
  dataFilePath,
  timelineJson,
} from '../../src/lib/publish/data-files';
import { plainText } from '../../src/lib/publish/plain-text';
import { companySchema, tableColumnIds } from '../../src/schemas/company';
import { timelineEventSchema } from '../../src/schemas/timeline-event';

const SOURCE_URLS = new Map([
  ['anthropic-series-f', 'https://www.anthropic.com/news/series-f'],
  ['ourcoders', 'https://ourcoders.com/50125'],
  ['bloomberg', 'https://bloomberg.com/b'],
  ['qz', 'https://qz.com/x'],
]);

// Fixtures are written as an editor would in YAML and parsed by the real schemas (references become { id, collection }).
const anthropic = companySchema.parse({
  name: 'Anthropic',
  role: 'Maker of Claude.',
  valuation: {
    status: 'reported',
    value: 183_000_000_000,
    unit: 'USD',
    measure: 'private-valuation',
    basis: 'Series F round',
    asOf: '2025-09-02',
    sources: ['anthropic-series-f', 'ourcoders'],
    confidence: 'high',
  },
  revenueRunRate: {
    status: 'disputed',
    values: [
      {
        value: 3_700_000_000,
        unit: 'USD',
        qualifier: 'about',
        measure: 'revenue-run-rate',
        basis: 'reported',
        asOf: '2025-07',
        sources: ['anthropic-series-f'],
        confidence: 'medium',
      },
      {
        value: 5_000_000_000,
        unit: 'USD',
        qualifier: 'over',
        measure: 'revenue-run-rate',
        basis: 'company figure',
        asOf: '2025-08',
        sources: ['anthropic-series-f', 'bloomberg'],
        confidence: 'high',
      },
    ],
    summary: 'Two figures a month apart.',
  },
  ownsDataCentres: {
    value: false,
    text: 'Rents "cloud" compute',
    asOf: '2025-09',
    sources: ['qz'],
    confidence: 'high',
  },
  computePartners: {
    text: 'AWS, Google Cloud',
    asOf: '2025-09',
    sources: ['qz', 'unknown-id'],
    confidence: 'high',
  },
  products: {
    text: 'Claude',
    asOf: '2025',
    sources: ['anthropic-series-f'],
    confidence: 'high',
  },
  consumerReach: {
    status: 'reported',
    value: 450_000_000,
    unit: 'users',
    qualifier: 'over',
    measure: 'monthly-active-users',
    basis: 'Claude app, monthly',
    asOf: '2025-07',
    sources: ['anthropic-series-f'],
    confidence: 'high',
    note: 'No weekly count was found.',
  },
});

const SUBJECT = { id: 'anthropic', name: 'Anthropic' };
/** Anthropic's row with every column, its own stake included. */
const table = companyTable([{ id: 'anthropic', data: anthropic }], SUBJECT, tableColumnIds);

describe('companiesCsv', () => {
  const lines = companiesCsv(table, SOURCE_URLS).split('\r\n');

  test('the header names the company, its role, and each column with its basis, measure, date, sources and note', () => {
    const fields = (label: string) =>
      [label, `${label}: basis`, `${label}: measure`, `${label}: as of`, `${label}: sources`, `${label}: note`]
        .map((field) => `"${field}"`)
        .join(',');
    expect(lines[0]).toBe(
      [
        '"Company","Role in the story"',
        fields('Valuation, latest private round (US$, post-money)'),
        fields('Revenue run-rate, whole company (US$ a year)'),
        fields('Owns data centres'),
        fields('Main compute and cloud partners'),
        fields('Flagship products'),
        fields('Weekly active users of its AI assistant'),
        fields('Stake in Anthropic (%)'),
      ].join(','),
    );
  });

  test('a company row holds its role, then each cell as the table shows it, its basis, measure, dates, source URLs and note', () => {
    expect(lines[1]).toBe(
      [
        '"Anthropic","Maker of Claude."',
        '"$183 billion","Series F round","private-valuation","2025-09-02","https://www.anthropic.com/news/series-f https://ourcoders.com/50125",""',
        '"about $3.7 billion or over $5 billion","reported | company figure","revenue-run-rate","2025-07 | 2025-08","https://www.anthropic.com/news/series-f https://bloomberg.com/b","Two figures a month apart."',
        '"No","Rents ""cloud"" compute","","2025-09","https://qz.com/x",""',
        '"AWS, Google Cloud","","","2025-09","https://qz.com/x unknown-id",""',
        '"Claude","","","2025","https://www.anthropic.com/news/series-f",""',
        '"No comparable figure","Claude app, monthly","monthly-active-users","2025-07","https://www.anthropic.com/news/series-f","What exists: over 450 million users, monthly active users. | No weekly count was found."',
        '"Not applicable","","","","","This row is Anthropic itself."',
      ].join(','),
    );
  });

  test('a "not disclosed" cell keeps its reason', () => {
    const secretive = companySchema.parse({
      ...anthropic,
      valuation: { status: 'not-disclosed', reason: 'A private company that publishes no valuation.' },
    });
    const row = companiesCsv(companyTable([{ id: 'a', data: secretive }], SUBJECT, ['valuation']), SOURCE_URLS);
    expect(row.split('\r\n')[1]).toBe(
      '"Anthropic","Maker of Claude.","Not disclosed","","","","","A private company that publishes no valuation."',
    );
  });

  test('the file ends with a line end after the last row', () => {
    expect(lines.slice(2)).toEqual(['']);
  });

  test('has one row per company, in the given order', () => {
    const csv = companiesCsv(
      companyTable(
        [
          { id: 'xai', data: { ...anthropic, name: 'xAI' } },
          { id: 'anthropic', data: anthropic },
        ],
        SUBJECT,
      ),
      SOURCE_URLS,
    );
    expect(csv.split('\r\n').map((line) => line.split(',')[0])).toEqual(['"Company"', '"xAI"', '"Anthropic"', '']);
  });
});

describe('companiesJson', () => {
  const json = JSON.parse(companiesJson(table, 'late 2031', SOURCE_URLS)) as {
    asOf: string;
    columns: { id: string; label: string; measure: string | null; comparable: boolean }[];
    companies: {
      id: string;
      role: string;
      subject: boolean;
      cells: {
        column: string;
        status: string;
        headline: string;
        basis: string | null;
        explanation: string | null;
        values: { value: number | null; measure: string | null; sources: string[] }[];
      }[];
    }[];
  };
  const cell = (column: string) => json.companies[0]?.cells.find((each) => each.column === column);

  test('says the time the story’s data speaks of', () => {
    expect(json.asOf).toBe('late 2031');
  });

  test('has the story’s columns, each with its one measure and whether its numbers compare, the stake column named after its subject', () => {
    expect(json.columns.map(({ id, measure, comparable }) => [id, measure, comparable])).toEqual([
      ['valuation', 'private-valuation', false],
      ['revenueRunRate', 'revenue-run-rate', false],
      ['ownsDataCentres', null, false],
      ['computePartners', null, false],
      ['products', null, false],
      ['consumerReach', 'weekly-active-users', false],
      ['stake', 'ownership-share', false],
    ]);
    expect(json.columns.at(-1)).toMatchObject({ id: 'stake', label: 'Stake in Anthropic (%)' });
  });

  test('gives each company its role, whether it is the subject, and each cell in both layers', () => {
    expect(json.companies[0]).toMatchObject({ id: 'anthropic', role: 'Maker of Claude.', subject: true });
    expect(cell('valuation')).toMatchObject({ status: 'reported', headline: '$183 billion', basis: 'Series F round' });
    expect(cell('stake')?.explanation).toBe('This row is Anthropic itself.');
  });

  test('gives each value its number, its measure and its source URLs, also where it is not comparable', () => {
    expect(cell('consumerReach')).toMatchObject({
      status: 'no-comparable',
      headline: 'No comparable figure',
      values: [
        { value: 450_000_000, measure: 'monthly-active-users', sources: ['https://www.anthropic.com/news/series-f'] },
      ],
    });
  });
});

describe('timelineJson', () => {
  const reply = timelineEventSchema.parse({
    title: 'Musk replies',
    at: { date: '2025-09-23', time: '14:32-05:00', precision: 'exact' },
    order: 1,
    lane: 'exchange',
    kind: 'reply',
    actor: 'elon-musk',
    quote: {
      text: 'Winning was never in the set of possible outcomes for Anthropic',
      wording: 'as-reported',
      reportedBy: 'india-today',
    },
    inReplyTo: 'yacine-says',
    url: 'https://x.com/elonmusk/status/1',
    sources: ['india-today', 'qz'],
    confidence: 'high',
  });

  const publication = timelineEventSchema.parse({
    title: 'OfficeChai publishes the article',
    at: { date: '2025-09-23', precision: 'on-or-after' },
    order: 0,
    lane: 'context',
    kind: 'publication',
    paraphrase: { text: 'Musk said the same about OpenAI.', by: 'officechai' },
    sources: ['officechai'],
    confidence: 'medium',
  });

  test('an event gives every field, with ids for references and URLs for sources', () => {
    const json = timelineJson(
      [{ id: 'musk-replies', data: reply, rendered: { html: '<p>He answered within minutes.</p>' } }],
      SOURCE_URLS,
    );
    expect(JSON.parse(json)).toEqual([
      {
        id: 'musk-replies',
        title: 'Musk replies',
        when: '23 Sept 2025, 14:32-05:00',
        at: { date: '2025-09-23', time: '14:32-05:00', precision: 'exact' },
        lane: 'exchange',
        kind: 'reply',
        actor: 'elon-musk',
        actorRole: null,
        quote: {
          text: 'Winning was never in the set of possible outcomes for Anthropic',
          wording: 'as-reported',
          reportedBy: 'india-today',
          seenIn: null,
        },
        paraphrase: null,
        email: null,
        check: null,
        inReplyTo: 'yacine-says',
        url: 'https://x.com/elonmusk/status/1',
        sources: ['india-today', 'https://qz.com/x'],
        confidence: 'high',
        context: 'He answered within minutes.',
      },
    ]);
  });

  test('an event without actor, quote, reply, URL or body gives nulls and empty context', () => {
    const json = timelineJson([{ id: 'officechai', data: publication }], SOURCE_URLS);
    expect(JSON.parse(json)).toEqual([
      {
        id: 'officechai',
        title: 'OfficeChai publishes the article',
        when: 'on or after 23 Sept 2025',
        at: { date: '2025-09-23', precision: 'on-or-after' },
        lane: 'context',
        kind: 'publication',
        actor: null,
        actorRole: null,
        quote: null,
        paraphrase: { text: 'Musk said the same about OpenAI.', by: 'officechai' },
        email: null,
        check: null,
        inReplyTo: null,
        url: null,
        sources: ['officechai'],
        confidence: 'medium',
        context: '',
      },
    ]);
  });

  test('an email gives its header, and checked words their check with ids for events and URLs for sources', () => {
    const email = timelineEventSchema.parse({
      title: 'Musk emails OpenAI',
      at: { date: '2018-12-26' },
      lane: 'background',
      kind: 'email',
      actor: 'elon-musk',
      actorRole: 'Writing about OpenAI.',
      quote: { text: '0%. Not 1%.', wording: 'original', seenIn: 'qz' },
      email: { to: ['Ilya Sutskever'], subject: 'I feel I should reiterate' },
      check: {
        verdict: 'partly',
        conclusion: 'One sentence.',
        reasoning: 'Why.',
        against: ['altman-remark'],
        sources: ['qz', 'india-today'],
      },
      sources: ['qz'],
      confidence: 'medium-high',
    });
    const [event] = JSON.parse(timelineJson([{ id: 'email', data: email }], SOURCE_URLS)) as Record<string, unknown>[];
    expect(event).toMatchObject({
      lane: 'background',
      actorRole: 'Writing about OpenAI.',
      quote: { text: '0%. Not 1%.', wording: 'original', reportedBy: null, seenIn: 'qz' },
      email: { to: ['Ilya Sutskever'], cc: [], subject: 'I feel I should reiterate' },
      check: {
        verdict: 'partly',
        conclusion: 'One sentence.',
        reasoning: 'Why.',
        against: ['altman-remark'],
        sources: ['https://qz.com/x', 'india-today'],
      },
    });
  });

  test('an event after the article keeps its lane', () => {
    const later = timelineEventSchema.parse({ ...publication, lane: 'later', paraphrase: undefined });
    expect(JSON.parse(timelineJson([{ id: 'later', data: later }], SOURCE_URLS))).toMatchObject([{ lane: 'later' }]);
  });

  test('keeps the events in the given order', () => {
    const json = timelineJson(
      [
        { id: 'b', data: reply },
        { id: 'a', data: publication },
      ],
      SOURCE_URLS,
    );
    expect((JSON.parse(json) as { id: string }[]).map((event) => event.id)).toEqual(['b', 'a']);
  });

  test('an empty timeline is an empty list ending with a line end', () => {
    expect(timelineJson([], SOURCE_URLS)).toBe('[]\n');
  });
});

describe('dataFilePath', () => {
  test('puts the file under /data/ and the slug', () => {
    expect(dataFilePath('winning-ai-race', 'timeline.json')).toBe('/data/winning-ai-race/timeline.json');
  });

  test('the data files are the companies CSV and JSON and the timeline JSON', () => {
    expect(dataFileNames).toEqual(['companies.csv', 'companies.json', 'timeline.json', 'claims.json']);
  });
});

describe('markdown bodies in the data files', () => {
  test('carry the sanitised text the page shows, never markup', () => {
    const rendered = {
      html: '<p>Read <a href="https://example.org/">the <em>filing</em></a>.</p>\n<p>Second &amp; last.</p>',
    };
    expect(plainText(rendered)).toBe('Read the filing.\n\nSecond & last.');
  });

  test('a body that held raw HTML comes out as its words only (the pipeline dropped the script already)', () => {
    const json = claimsJson(
      [
        {
          id: 'story/01-x',
          number: 1,
          data: { quote: 'q', verdict: 'opinion', conclusion: 'c', sources: [] },
          rendered: { html: '<p>Fine <img src="/x.png" alt="a chart"> text</p>' },
        },
      ],
      SOURCE_URLS,
    );
    expect(json).not.toContain('<');
    expect((JSON.parse(json) as { explanation: string }[])[0]?.explanation).toBe('Fine text');
  });
});

describe('claims.json', () => {
  test('gives each claim its verdict and qualifier, and for a number the sourced figure’s date and confidence', () => {
    const json = claimsJson(
      [
        {
          id: 'story/01-grows',
          number: 1,
          data: { quote: 'q', verdict: 'supported', qualifier: 'company-figure', conclusion: 'c', sources: [] },
          comparison: {
            articleText: '$5 billion',
            articleValue: 5e9,
            sourcedText: 'over $5 billion',
            sourcedValue: 5e9,
            asOfLabel: 'Aug 2025',
            confidence: 'high',
            differs: false,
          },
        },
        { id: 'story/02-says', number: 2, data: { quote: 'q', verdict: 'opinion', conclusion: 'c', sources: [] } },
      ],
      SOURCE_URLS,
    );
    expect(
      (
        JSON.parse(json) as { verdict: string; qualifier: string | null; comparison: Record<string, unknown> | null }[]
      ).map(({ verdict, qualifier, comparison }) => [
        verdict,
        qualifier,
        comparison?.['asOfLabel'],
        comparison?.['confidence'],
      ]),
    ).toEqual([
      ['supported', 'company-figure', 'Aug 2025', 'high'],
      ['opinion', null, undefined, undefined],
    ]);
  });
});
