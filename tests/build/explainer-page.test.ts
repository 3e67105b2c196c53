import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { all, one, readPage, text } from '../helpers/html';

const SLUG = 'winning-ai-race-was-never-possible-for-anthropic-says-elon-musk';
const COMPANIES = ['Anthropic', 'xAI', 'OpenAI', 'Google (Alphabet)', 'Amazon (AWS)'];
const dist = inject('dist');

/** The site path of the explainer's list of sources, which its citations link to. */
const SOURCES = `/${SLUG}/sources/`;

let page: Root;
let sourcesPage: Root;
beforeAll(async () => {
  [page, sourcesPage] = await Promise.all([
    readPage(dist, `${SLUG}/index.html`),
    readPage(dist, `${SLUG}/sources/index.html`),
  ]);
});

/** The row header's company name, without the "subject" label. */
const rowName = (row: Element) => {
  const header = structuredClone(one(row, 'th[scope="row"]'));
  header.children = header.children.filter(
    (child) => !(child.type === 'element' && child.properties['className']?.toString().includes('subject-label')),
  );
  return text(header).trim();
};

const HEADERS = [
  'Company',
  'Role in the story',
  'Valuation, latest private round (US$, post-money)',
  'Revenue run-rate, whole company (US$ a year)',
  'Owns data centres',
  'Main compute and cloud partners',
  'Flagship products',
  'Weekly active users of its AI assistant',
  'Stake in Anthropic (%)',
];

/** `element` without its child elements that match `drop`. */
const without = (element: Element, drop: (child: Element) => boolean): Element => ({
  ...element,
  children: element.children.filter((child) => !(child.type === 'element' && drop(child))),
});

/** The cell of `company`'s row under the header `label`. */
const cellAt = (company: string, label: string): Element => {
  const cells = all(one(page, `#company-${company}`), 'td');
  const found = cells[HEADERS.indexOf(label) - 1];
  if (!found) throw new Error(`no cell ${company} / ${label}`);
  return found;
};
/** A cell's headline: its summary without the words beside it. */
const headline = (cell: Element) =>
  text(without(one(cell, 'details > summary'), (child) => child.tagName === 'span')).trim();
/** The reader layer of a cell: its headline and the words beside it. */
const readerLayer = (cell: Element) => [headline(cell), all(cell, 'summary > span').map(text).join('')];
/** The evidence layer of a cell: what opening it shows, everything in the disclosure but its summary. */
const evidence = (cell: Element) => text(without(one(cell, 'details'), (child) => child.tagName === 'summary'));

describe('the comparison table', () => {
  test('is a real table with a caption, column scopes and the five companies as row headers', () => {
    const table = one(page, 'table.company-table');
    expect(text(one(table, 'caption'))).toBe('The five companies in the article, as of late September 2025');
    expect(all(table, 'thead th[scope="col"]').map(text)).toEqual(HEADERS);
    expect(all(table, 'tbody tr').map(rowName)).toEqual(COMPANIES);
    expect(all(table, 'tbody tr').map((row) => row.properties['id'])).toEqual([
      'company-anthropic',
      'company-xai',
      'company-openai',
      'company-google',
      'company-amazon',
    ]);
  });

  test('says it is a data table explicitly, for the cards it becomes on phones; its rows and cells keep their native roles', () => {
    const table = one(page, 'table.company-table');
    expect(table.properties['role']).toBe('table');
    // A role on a row or cell of a table is invalid HTML (the Nu checker's error); the browser test shows
    // Chromium still exposes rows, headers and cells when they are laid out as cards.
    expect(all(table, 'tr, th, td').filter((element) => element.properties['role'] !== undefined)).toEqual([]);
  });

  test('labels each value with its column’s header for the cards, hidden from screen readers, which hear the header', () => {
    for (const row of all(page, 'table.company-table tbody tr')) {
      const labels = all(row, 'td > span');
      // The role is the card's subtitle, under the company's name: it needs no label.
      expect(labels.map(text)).toEqual(HEADERS.slice(2));
      expect(labels.every((label) => label.properties['ariaHidden'] === 'true')).toBe(true);
    }
  });

  test('sits in a keyboard-focusable, labelled scroll region', () => {
    const region = one(page, '.table-scroll');
    expect(region.properties['role']).toBe('region');
    expect(region.properties['tabIndex']).toBe(0);
    expect(region.properties['ariaLabelledBy']).toEqual(['companies-caption']);
  });

  test('marks the article’s subject in words, not only with colour', () => {
    const subject = one(page, 'tr.subject');
    expect(subject.properties['id']).toBe('company-anthropic');
    expect(text(one(subject, '.subject-label'))).toBe('The article’s subject');
  });

  test('has no script: the rows keep the story’s order, and the page loads nothing to read it', () => {
    expect(all(page, 'script[src]')).toEqual([]);
    expect(all(page, 'table.company-table tbody tr').map(rowName)).toEqual(COMPANIES);
  });

  test('compares by valuation and by run-rate only, each by numbers of its own measure', async () => {
    const json = JSON.parse(await readFile(path.join(dist, 'data', SLUG, 'companies.json'), 'utf8')) as {
      columns: { id: string; comparable: boolean }[];
    };
    expect(json.columns.filter((column) => column.comparable).map((column) => column.id)).toEqual([
      'valuation',
      'revenueRunRate',
    ]);
    // Google's market capitalisation and Amazon's quarter are not compared with private rounds and run-rates.
    expect(headline(cellAt('google', HEADERS[2]!))).toBe('No comparable figure');
    expect(headline(cellAt('amazon', HEADERS[3]!))).toBe('No comparable figure');
  });

  test('every cell has a reader layer, and an evidence layer that opens without a script', () => {
    const cells = all(page, 'table.company-table tbody th + td ~ td');
    expect(cells).toHaveLength(35);
    for (const cell of cells) {
      expect(one(cell, 'details').properties['open']).toBeUndefined();
      expect(headline(cell).length).toBeGreaterThan(0);
      expect(evidence(cell).length).toBeGreaterThan(0);
    }
  });

  test('every value names its date and links to bibliography entries that exist, in the evidence layer', () => {
    const sourceIds = new Set(
      all(sourcesPage, '.source-list li').map((item) => `${SOURCES}#${String(item.properties['id'])}`),
    );
    // A value is a list item where a cell has several, else the cell's disclosure; a cell without a number has none.
    const values = all(page, '.company-table details').flatMap((details) => {
      const items = all(details, 'li');
      if (items.length > 0) return items;
      return all(details, 'time').length > 0 ? [details] : [];
    });
    expect(values.length).toBeGreaterThanOrEqual(25);
    for (const value of values) {
      const label = text(value).slice(0, 60);
      expect(all(value, 'time[datetime]'), label).toHaveLength(1);
      const links = all(value, '.source-refs a');
      expect(links.length, label).toBeGreaterThan(0);
      for (const link of links) expect(sourceIds, label).toContain(String(link.properties['href']));
    }
    // A cell without a number says why instead; it cites a source only when one supports the reason.
    for (const link of all(page, '.company-table details > .source-refs a')) {
      expect(sourceIds).toContain(String(link.properties['href']));
    }
  });

  test('gives each company a short role in the story', () => {
    expect(text(one(one(page, '#company-amazon'), 'th + td'))).toBe("Anthropic's investor ($8 billion) and main cloud");
  });

  test('shows xAI’s valuation as a range where sources disagree, each value with its basis behind it', () => {
    const cell = cellAt('xai', HEADERS[2]!);
    expect(readerLayer(cell)).toEqual(['$75–113 billion', 'Sources disagree']);
    expect(all(cell, 'details li > p:first-child').map(text)).toEqual([
      '$80 billion: xAI–X merger, xAI alone',
      '$113 billion: employee share sale',
      '$75 billion: PitchBook data',
    ]);
    expect(evidence(cell)).toContain('Musk denied it the same day');
    expect(text(one(page, 'table.company-table'))).not.toMatch(/disputed/i);
  });

  test('says "Not found" with the reason where no source gives a figure', () => {
    const cell = cellAt('xai', HEADERS[3]!);
    expect(readerLayer(cell)).toEqual(['Not found', '']);
    expect(evidence(cell)).toContain('xAI has published no run-rate');
  });

  test('says "No comparable figure" where a company’s number measures something else, and names it', () => {
    const cases = [
      ['google', HEADERS[2]!, 'Alphabet is listed', 'What exists: over $3 trillion, a market capitalisation.'],
      [
        'google',
        HEADERS[3]!,
        'Google Cloud only',
        'What exists: over $50 billion, the revenue run-rate of one business unit.',
      ],
      [
        'amazon',
        HEADERS[3]!,
        'AWS only, one quarter',
        'What exists: $30.9 billion, one quarter’s revenue (not a run-rate).',
      ],
      [
        'google',
        HEADERS[7]!,
        'Gemini app, monthly users',
        'What exists: over 450 million users, monthly active users.',
      ],
      [
        'xai',
        HEADERS[7]!,
        "X's users, not Grok's",
        'What exists: over 600 million users, users of a platform it owns (not of its AI product).',
      ],
    ] as const;
    for (const [company, label, basis, exists] of cases) {
      const cell = cellAt(company, label);
      expect(readerLayer(cell), `${company} / ${label}`).toEqual(['No comparable figure', basis]);
      expect(evidence(cell)).toContain(exists);
      expect(all(cell, 'details time[datetime]')).toHaveLength(1);
    }
  });

  test('says OpenAI owns its data centres partly, building them with partners', () => {
    const cell = cellAt('openai', HEADERS[4]!);
    expect(readerLayer(cell)).toEqual(['Partly', 'Building with partners']);
    expect(evidence(cell)).toContain('Oracle');
    expect(text(one(page, 'table.company-table'))).not.toMatch(/not its own/i);
  });
});

const THREAD = [
  '2025-09-23-yacine-says-anthropic-is-going-to-lose',
  '2025-09-23-musk-replies-winning-was-never-possible',
  '2025-09-23-berman-says-musk-said-the-same-about-openai',
  '2025-09-23-musk-says-no-i-never-said-that',
  '2025-09-23-musk-says-nearly-1-percent-then-10-percent',
  '2025-09-23-users-ask-grok-to-fact-check-musk',
];
const LATER = [
  '2025-10-02-openai-share-sale-closes-at-500-billion',
  '2025-10-23-anthropic-google-deal-for-up-to-1-million-tpus',
  '2025-10-31-project-rainier-live-with-500000-trainium2-chips',
  '2025-11-12-anthropic-announces-50-billion-for-its-own-data-centres',
];
const EMAIL = '2018-12-26-musk-email-0-percent-not-1-percent';
const DENIAL = '2025-09-23-musk-says-no-i-never-said-that';
const FOLLOW_UP = '2025-09-23-musk-says-nearly-1-percent-then-10-percent';

const eventId = (element: Element) => String(element.properties['id']).replace(/^event-/, '');
/** Text with runs of white space as one space, as a reader sees it. */
const words = (node: Element) => text(node).replace(/\s+/g, ' ').trim();
/** A post's small print under its heading: "Replying to …" (a reply's) and the caption under its words. */
const smallPrint = (post: Element) => all(post, ':scope > p:not([class])');
const replyTo = (post: Element) => smallPrint(post).filter((line) => words(line).startsWith('Replying to'));
const caption = (post: Element) => {
  const found = smallPrint(post).find((line) => !words(line).startsWith('Replying to'));
  if (!found) throw new Error(`no caption in ${String(post.properties['id'])}`);
  return found;
};

describe('the exchange as a thread', () => {
  test('holds only the posts of the exchange, in order, each with a stable id', () => {
    expect(all(page, '#exchange ol.thread > li').map(eventId)).toEqual(THREAD);
  });

  test('threads each reply to the post it answers, in words and by a link', () => {
    const posts = all(page, 'ol.thread > li');
    expect(replyTo(posts[0]!)).toEqual([]);
    posts.slice(1).forEach((post, index) => {
      const [line, ...more] = replyTo(post);
      expect(more).toEqual([]);
      expect(words(line!)).toMatch(/^Replying to @\w+$/);
      expect(one(line!, 'a').properties['href']).toBe(`#event-${THREAD[index]}`);
      // Each answers the post right above it, so a line joins the two.
      expect(String(post.properties['className'])).toContain('joins-above');
    });
    expect(replyTo(one(page, `#event-${THREAD[1]}`)).map(words)).toEqual(['Replying to @yacineMTB']);
  });

  test('labels each post’s words no stronger than the evidence', () => {
    const labels = [
      'Wording as reported by OfficeChai.',
      'Original wording, seen in The Motley Fool (syndicated on Finviz).',
      'Paraphrase by India Today, not the exact words.',
      'Wording as reported by India Today.',
      'Wording as reported by India Today.',
      'Paraphrase by India Today, not the exact words.',
    ];
    const posts = all(page, 'ol.thread > li');
    expect(posts.map((post, index) => words(caption(post)).slice(0, labels[index]?.length))).toEqual(labels);
    // "Original wording" is said of Musk's reply only, the one post seen itself (in an embed).
    const captions = [...posts.map(caption), ...all(page, 'ol.timeline figcaption')];
    expect(captions.filter((line) => words(line).includes('Original wording'))).toEqual([caption(posts[1]!)]);
  });

  test('shows Berman’s reply and Grok’s answer as paraphrases, never as quotes', () => {
    for (const id of [THREAD[2], THREAD[5]]) {
      const post = one(page, `#event-${id}`);
      expect(all(post, 'blockquote')).toEqual([]);
      expect(text(one(post, '.paraphrase > b'))).toBe('Paraphrase, not a quote:');
    }
  });

  test('gives each post its author, handle, date in words and the author’s part in it', () => {
    const reply = one(page, `#event-${THREAD[1]}`);
    expect(words(one(reply, 'h3'))).toBe('Elon Musk @elonmusk');
    expect(text(one(reply, 'time'))).toBe('23 Sept 2025');
    expect(one(reply, 'time').properties['dateTime']).toBe('2025-09-23');
    expect(text(one(reply, 'blockquote'))).toContain('Winning was never in the set of possible outcomes for Anthropic');
    expect(text(caption(reply))).toContain('CEO of xAI, which competes with Anthropic');
    expect(text(one(page, `#event-${DENIAL} time`))).toBe('between 23 and 25 Sept 2025');
  });

  test('marks the handles the research only infers as inferred, and no other', () => {
    const inferred = all(page, 'ol.thread > li').filter((post) => all(post, 'h3 i').length > 0);
    expect(inferred.map(eventId)).toEqual([THREAD[0], THREAD[2]]);
    expect(words(one(page, `#event-${THREAD[0]} h3`))).toBe('Yacine @yacineMTB (handle inferred)');
    expect(words(one(page, `#event-${THREAD[2]} h3`))).toBe('Matthew Berman @MatthewBerman (handle inferred)');
    expect(text(one(page, `#event-${THREAD[2]} .evidence`))).toContain(
      '@MatthewBerman is inferred (confidence: low-medium).',
    );
  });

  test('keeps the evidence of each post one click away, in a closed disclosure', () => {
    for (const post of all(page, 'ol.thread > li')) {
      const evidence = one(post, 'details.evidence');
      expect(evidence.properties['open']).toBeUndefined();
      expect(text(one(evidence, 'summary'))).toBe('Evidence');
      expect(text(evidence)).toMatch(/Date: .*Confidence: /s);
      expect(all(evidence, '.source-refs a').length).toBeGreaterThan(0);
    }
  });

  test('checks Musk’s denial against his 2018 email and Altman’s remark: partly right, with the reasoning behind it', () => {
    const denial = one(page, `#event-${DENIAL}`);
    const check = one(denial, '.post-check');
    expect(one(check, '.verdict-tag').properties['className']).toEqual(['verdict-tag', 'verdict-partly']);
    expect(text(one(check, '.verdict-tag'))).toBe('Partly right');
    expect(text(check)).toContain('“0%. Not 1%.”');
    expect(text(check)).toContain('without a dramatic change in execution and resources');
    const reasoning = one(denial, 'details.evidence .check-reasoning');
    expect(text(reasoning)).toContain(
      "This is our check of a statement in the exchange, not one of the article's claims.",
    );
    expect(all(reasoning, 'a[href^="#event-"]').map((link) => link.properties['href'])).toEqual([
      `#event-${EMAIL}`,
      '#event-2025-09-10-altman-says-musk-gave-openai-0-percent-chance',
    ]);
  });

  test('checks Musk’s follow-up against the same email: unverifiable', () => {
    const followUp = one(page, `#event-${FOLLOW_UP}`);
    expect(text(one(followUp, '.post-check .verdict-tag.verdict-unverifiable'))).toBe('Unverifiable');
    expect(all(followUp, '.check-reasoning a[href^="#event-"]').map((link) => link.properties['href'])).toContain(
      `#event-${EMAIL}`,
    );
  });

  test('every link to an event lands on an event of the page', () => {
    const links = all(page, 'a[href^="#event-"]').map((link) => String(link.properties['href']));
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) one(page, `li${href}`);
  });

  test('says in one line why the exchange matters', () => {
    expect(words(one(page, '#exchange .why-it-matters'))).toMatch(
      /^Why it matters: Musk runs xAI, a rival of Anthropic/,
    );
  });
});

describe('before and around the exchange', () => {
  test('sits in its own closed disclosure after the thread, with every other event before the article', () => {
    const around = one(page, '#exchange details.around');
    expect(around.properties['open']).toBeUndefined();
    const ids = all(around, 'ol.timeline > li').map(eventId);
    // Inside a closed disclosure already, each event's evidence is shown as it is, not behind another one.
    expect(all(around, 'li details')).toEqual([]);
    expect(words(one(around, 'summary'))).toBe(`Before and around the exchange: ${ids.length} events`);
    expect(ids).toHaveLength(13);
    expect(ids.filter((id) => THREAD.includes(id) || LATER.includes(id))).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining([EMAIL, '2025-09-25-india-today-reports-the-follow-up']));
  });

  test('keeps each event’s date, lane in words and sources', () => {
    const events = all(page, 'details.around ol.timeline > li');
    const dates = events.map((event) => {
      expect(all(event, 'h3')).toHaveLength(1);
      const evidence = one(event, ':scope > p:last-child');
      expect(words(evidence)).toMatch(/^Date: .+ \(.+\).*\. Confidence: [a-z-]+\. Sources? \d/);
      expect(all(evidence, '.source-refs a').length).toBeGreaterThan(0);
      return String(one(event, 'time').properties['dateTime']);
    });
    expect(dates).toEqual([...dates].sort());
    expect(new Set(all(page, 'details.around ol.timeline > li > span').map(text))).toEqual(
      new Set(['Background', 'Context', 'Coverage']),
    );
  });

  test('shows the 2018 email as an email: From, To, Cc, Subject and Date above the words', () => {
    const email = one(page, `#event-${EMAIL} .email-card`);
    const values = all(email, 'dl > dd').map(words);
    const rows = all(email, 'dl > dt').map((label, index) => [text(label), values[index]]);
    expect(values).toHaveLength(rows.length);
    expect(rows).toEqual([
      ['From', 'Elon Musk'],
      ['To', 'Ilya Sutskever, Greg Brockman'],
      ['Cc', 'Sam Altman, Andrej Karpathy'],
      ['Subject', 'I feel I should reiterate'],
      ['Date', '26 Dec 2018'],
    ]);
    expect(text(one(email, 'blockquote'))).toContain('is 0%. Not 1%. I wish it were otherwise.');
    expect(words(one(email, 'figcaption'))).toMatch(/^An excerpt\. Wording as reported by OpenAI\. /);
  });
});

describe('what happened next', () => {
  test('is marked as after the article and after the story’s “as of” date', () => {
    const section = one(page, 'section#what-happened-next');
    expect(text(one(section, 'h2'))).toBe('What happened next');
    expect(words(one(section, '.later-note'))).toMatch(
      /^After the article\. These events came after the article and after late September 2025, the time its data speaks of; none of them is used to check it\.$/,
    );
  });

  test('holds the events after the article in time order, each tagged as such, and none of them is in the thread', () => {
    const events = all(page, '#what-happened-next ol.timeline > li');
    expect(events.map(eventId)).toEqual(LATER);
    for (const event of events) {
      expect(text(one(event, ':scope > span'))).toBe('After the article');
      // Not in a disclosure already: the evidence is one click away.
      const evidence = one(event, ':scope > details.evidence');
      expect(evidence.properties['open']).toBeUndefined();
      expect(text(one(evidence, 'summary'))).toBe('Evidence');
      expect(all(evidence, '.source-refs a').length).toBeGreaterThan(0);
    }
    expect(
      all(page, '#exchange li')
        .map(eventId)
        .filter((id) => LATER.includes(id)),
    ).toEqual([]);
  });
});

describe('the article on the explainer page', () => {
  test('links each quoted span to the timeline event that holds it', () => {
    const links = all(page, '.article-body q a.quote-link');
    expect(links.map((link) => [text(link), link.properties['href']])).toEqual([
      ['“Anthropic is going to lose :/”', '#event-2025-09-23-yacine-says-anthropic-is-going-to-lose'],
      [
        '“Winning was never in the set of possible outcomes for Anthropic.”',
        '#event-2025-09-23-musk-replies-winning-was-never-possible',
      ],
    ]);
    for (const link of links) {
      const event = one(page, String(link.properties['href']));
      expect(text(one(event, 'blockquote'))).toContain(
        text(link)
          .replace(/[“”]|\.”?$/g, '')
          .replace(/\.$/, ''),
      );
    }
  });

  test('every section has a stable id, in reading order, and the table of contents links to each', () => {
    const sections = [
      'verdicts',
      'exchange',
      'companies',
      'article',
      'claims',
      'what-happened-next',
      'how-we-checked',
      'sources',
      'data',
    ];
    // The reader layer first: headline, summary, verdicts, then the exchange, the companies and the article.
    const order = all(page, '.explainer > header, .explainer > section').map((element) =>
      element.tagName === 'header' ? 'header' : String(element.properties['id'] ?? element.properties['className']),
    );
    expect(order).toEqual(['header', 'summary', ...sections]);
    for (const id of sections) one(page, `section#${id}`);
    expect(all(page, '.toc a').map((link) => link.properties['href'])).toEqual(sections.map((id) => `#${id}`));
  });
});

describe('the data files', () => {
  const dataDir = path.join(dist, 'data', SLUG);

  test('are linked from the page', () => {
    expect(all(page, '#data a[download]').map((link) => link.properties['href'])).toEqual([
      `/data/${SLUG}/companies.csv`,
      `/data/${SLUG}/companies.json`,
      `/data/${SLUG}/timeline.json`,
      `/data/${SLUG}/claims.json`,
    ]);
  });

  test('companies.csv has the same rows, roles and values as the table, and each cell’s note', async () => {
    const [header, ...rows] = parse(await readFile(path.join(dataDir, 'companies.csv'), 'utf8'));
    const columns = all(page, 'table.company-table thead th').map(text);
    // Company and role, then six fields per column: the value, its basis, measure, date, sources and note.
    expect(header?.filter((_, index) => index < 2 || (index - 2) % 6 === 0)).toEqual(columns);
    const tableRows = all(page, 'table.company-table tbody tr');
    expect(rows.map((row) => row[0])).toEqual(tableRows.map(rowName));
    tableRows.forEach((row, rowIndex) => {
      const [role, ...cells] = all(row, 'td');
      expect(rows[rowIndex]?.[1]).toBe(text(role!));
      cells.forEach((cell, columnIndex) => {
        const label = `${rowName(row)} / ${columns[columnIndex + 2]}`;
        const disputed = all(cell, 'details li > p:first-child > b').map(text);
        const shown = disputed.length > 0 ? disputed.join(' or ') : headline(cell);
        expect(rows[rowIndex]?.[2 + columnIndex * 6], label).toBe(shown);
        // What the evidence says beside the values (why there is no number, the dispute, each value's note),
        // the CSV keeps; a value's line, date and confidence have fields of their own.
        const notes = all(cell, 'details p').filter(
          (paragraph) => all(paragraph, 'time, b').length === 0 && !text(paragraph).startsWith('confidence:'),
        );
        for (const note of notes) expect(rows[rowIndex]?.[7 + columnIndex * 6], label).toContain(text(note));
      });
    });
  });

  test('companies.csv keeps the reason of a "not found" cell, and the measure of a number that is not comparable', async () => {
    const [header, ...rows] = parse(await readFile(path.join(dataDir, 'companies.csv'), 'utf8'));
    const field = (company: string, name: string) =>
      rows.find((row) => row[0] === company)?.[header?.indexOf(name) ?? -1];
    const revenue = 'Revenue run-rate, whole company (US$ a year)';
    expect(field('xAI', revenue)).toBe('Not found');
    expect(field('xAI', `${revenue}: note`)).toContain('xAI has published no run-rate');
    expect(field('Amazon (AWS)', revenue)).toBe('No comparable figure');
    expect(field('Amazon (AWS)', `${revenue}: measure`)).toBe('quarterly-revenue');
    expect(field('Amazon (AWS)', `${revenue}: note`)).toContain('What exists: $30.9 billion');
    expect(field('OpenAI', `${revenue}: measure`)).toBe('revenue-run-rate');
  });

  test('companies.json, timeline.json and claims.json are valid JSON with every company, event and claim', async () => {
    const read = async (name: string): Promise<unknown> => JSON.parse(await readFile(path.join(dataDir, name), 'utf8'));
    const companies = (await read('companies.json')) as { companies: { name: string }[] };
    expect(companies.companies.map((company) => company.name)).toEqual(COMPANIES);
    const events = (await read('timeline.json')) as { id: string; lane: string; check: { verdict: string } | null }[];
    expect(events).toHaveLength(23);
    expect(events.filter((event) => event.lane === 'later').map((event) => event.id)).toEqual(LATER);
    expect(events.find((event) => event.id === DENIAL)?.check?.verdict).toBe('partly');
    const claims = (await read('claims.json')) as {
      number: number;
      verdict: string;
      comparison?: { sourcedText: string };
    }[];
    expect(claims).toHaveLength(19);
    const revenue = claims.find((claim) => claim.number === 8);
    expect(revenue?.verdict).toBe('wrong');
    expect(revenue?.comparison?.sourcedText).toBe('over $5 billion');
  });
});

describe('the home page', () => {
  test('leads with the featured explainer and its summary', async () => {
    const home = await readPage(dist, 'index.html');
    const featured = one(home, 'main .featured');
    expect(text(one(featured, 'h2'))).toBe('Winning AI Race Was Never Possible For Anthropic, Says Elon Musk');
    expect(all(featured, 'li')).toHaveLength(3);
  });
});
