import { describe, expect, test } from 'vitest';
import { companiesCsv, dataFileNames, dataFilePath, timelineJson } from '../../src/lib/publish/data-files';
import { companySchema } from '../../src/schemas/company';
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
    basis: 'post-money, Series F',
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
        basis: 'reported',
        asOf: '2025-07',
        sources: ['anthropic-series-f'],
        confidence: 'medium',
      },
      {
        value: 5_000_000_000,
        unit: 'USD',
        qualifier: 'over',
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
    text: 'No: rents "cloud" compute',
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
    status: 'not-found',
    reason: 'No count found.',
    sources: ['anthropic-series-f'],
  },
  stakeInAnthropic: {
    status: 'not-applicable',
    reason: 'This row is Anthropic itself.',
    sources: [],
  },
});

describe('companiesCsv', () => {
  const lines = companiesCsv([{ id: 'anthropic', data: anthropic }], SOURCE_URLS).split('\r\n');

  test('the header names each column with its date and sources', () => {
    expect(lines[0]).toBe(
      [
        '"Company"',
        '"Valuation (US$)","Valuation (US$): as of","Valuation (US$): sources"',
        '"Revenue run-rate (US$ a year)","Revenue run-rate (US$ a year): as of","Revenue run-rate (US$ a year): sources"',
        '"Owns data centres","Owns data centres: as of","Owns data centres: sources"',
        '"Main compute and cloud partners","Main compute and cloud partners: as of","Main compute and cloud partners: sources"',
        '"Flagship products","Flagship products: as of","Flagship products: sources"',
        '"Consumer reach (users)","Consumer reach (users): as of","Consumer reach (users): sources"',
        '"Stake in Anthropic (%)","Stake in Anthropic (%): as of","Stake in Anthropic (%): sources"',
      ].join(','),
    );
  });

  test('a company row holds each cell as the table shows it, its dates and its source URLs', () => {
    expect(lines[1]).toBe(
      [
        '"Anthropic"',
        '"$183 billion","2025-09-02","https://www.anthropic.com/news/series-f https://ourcoders.com/50125"',
        '"about $3.7 billion or over $5 billion","2025-07 | 2025-08","https://www.anthropic.com/news/series-f https://bloomberg.com/b"',
        '"No: rents ""cloud"" compute","2025-09","https://qz.com/x"',
        '"AWS, Google Cloud","2025-09","https://qz.com/x unknown-id"',
        '"Claude","2025","https://www.anthropic.com/news/series-f"',
        '"Not found","","https://www.anthropic.com/news/series-f"',
        '"Not applicable","",""',
      ].join(','),
    );
  });

  test('the file ends with a line end after the last row', () => {
    expect(lines.slice(2)).toEqual(['']);
  });

  test('has one row per company, in the given order', () => {
    const csv = companiesCsv(
      [
        { id: 'xai', data: { ...anthropic, name: 'xAI' } },
        { id: 'anthropic', data: anthropic },
      ],
      SOURCE_URLS,
    );
    expect(csv.split('\r\n').map((line) => line.split(',')[0])).toEqual(['"Company"', '"xAI"', '"Anthropic"', '']);
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
      [{ id: 'musk-replies', data: reply, body: '\nHe answered within minutes.\n' }],
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
        quote: {
          text: 'Winning was never in the set of possible outcomes for Anthropic',
          wording: 'as-reported',
          reportedBy: 'india-today',
        },
        paraphrase: null,
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
        quote: null,
        paraphrase: { text: 'Musk said the same about OpenAI.', by: 'officechai' },
        inReplyTo: null,
        url: null,
        sources: ['officechai'],
        confidence: 'medium',
        context: '',
      },
    ]);
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
