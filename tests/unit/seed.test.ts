import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeSeed, normalizeSeedText, parseSeed, seedBlocks, SeedError } from '../../src/lib/seed/seed';
import { MAX_SLUG_LENGTH, slugify } from '../../src/lib/seed/slug';

const FILE = 'seeds/story.txt';

describe('parseSeed', () => {
  test('reads the title, the paragraphs and the category', () => {
    const seed = parseSeed('A Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nPosted in AI\n', FILE);
    expect(seed).toMatchObject({
      title: 'A Title',
      slug: 'a-title',
      paragraphs: ['First paragraph.', 'Second paragraph.'],
      category: 'AI',
    });
  });

  test('a file without the footer has no category and keeps every paragraph', () => {
    const seed = parseSeed('A Title\n\nOne.\n\nTwo.', FILE);
    expect(seed.category).toBeNull();
    expect(seed.paragraphs).toEqual(['One.', 'Two.']);
  });

  test('a BOM, CRLF line ends and trailing spaces are tolerated', () => {
    const seed = parseSeed('\uFEFFA Title  \r\n\r\nOne. \r\n\r\n\r\nTwo.\t\r\n\r\nPosted in AI\r\n', FILE);
    expect(seed.title).toBe('A Title');
    expect(seed.paragraphs).toEqual(['One.', 'Two.']);
    expect(seed.category).toBe('AI');
  });

  test('markup-like text is kept exactly as written', () => {
    const body = '*x* # x <script>alert(1)</script> &amp; [a](javascript:alert(1)) `code` 1. _u_';
    expect(parseSeed(`Title\n\n${body}`, FILE).paragraphs).toEqual([body]);
  });

  test('a line "Posted in …" that is not the last block stays a paragraph', () => {
    const seed = parseSeed('T\n\nPosted in AI\n\nLast words.', FILE);
    expect(seed.paragraphs).toEqual(['Posted in AI', 'Last words.']);
    expect(seed.category).toBeNull();
  });

  test('finds the quoted spans with their paragraph and offsets', () => {
    const seed = parseSeed('T\n\nIntro.\n\nHe said: “Yes.” Then “no”.', FILE);
    expect(seed.quotes).toEqual([
      { paragraph: 1, text: 'Yes.', start: 9, end: 15 },
      { paragraph: 1, text: 'no', start: 21, end: 25 },
    ]);
  });

  test('finds the money figures as numbers', () => {
    const seed = parseSeed('T\n\nWorth $183 billion, with revenue of $500 billion.', FILE);
    expect(seed.figures.map(({ text, value, paragraph }) => ({ text, value, paragraph }))).toEqual([
      { text: '$183 billion', value: 183_000_000_000, paragraph: 0 },
      { text: '$500 billion', value: 500_000_000_000, paragraph: 0 },
    ]);
  });

  test('an empty file fails with a message naming the file', () => {
    expect(() => parseSeed('\uFEFF \r\n\n', FILE)).toThrowErrorMatchingInlineSnapshot(
      `[SeedError: seeds/story.txt: the file is empty. A seed needs a title line, a blank line, then the paragraphs of the article.]`,
    );
  });

  test('a title with no body fails with a message naming the file', () => {
    expect(() => parseSeed('Just A Title\n\nPosted in AI\n', FILE)).toThrowErrorMatchingInlineSnapshot(
      `[SeedError: seeds/story.txt: the file has a title but no body. Add the article's paragraphs after a blank line.]`,
    );
  });

  test('an absurdly long amount fails with a plain message naming the paragraph', () => {
    expect(() =>
      parseSeed(`Title\n\nFine.\n\nIt costs $${'9'.repeat(400)} today.`, FILE),
    ).toThrowErrorMatchingInlineSnapshot(
      `[SeedError: seeds/story.txt: paragraph 2: the amount “$999999999999999…” (400 digits) is too large to check: amounts up to $9 quadrillion (9,007,199,254,740,991) can be compared. Check the seed against the original article: a number this size is almost certainly a copying mistake.]`,
    );
  });

  test('a title running onto a second line fails and says where', () => {
    expect(() => parseSeed('Title\nmore title\n\nBody.', FILE)).toThrowErrorMatchingInlineSnapshot(
      `[SeedError: seeds/story.txt: line 2 follows the title without a blank line. Put a blank line after the title (line 1).]`,
    );
  });
});

describe('decodeSeed', () => {
  test('decodes UTF-8 and keeps the BOM for the parser to drop', () => {
    expect(decodeSeed(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xe2, 0x80, 0x9c]), FILE)).toBe('\uFEFFA“');
  });

  test('invalid UTF-8 fails with a message naming the file', () => {
    expect(() => decodeSeed(new Uint8Array([0x41, 0xff, 0xfe]), FILE)).toThrowErrorMatchingInlineSnapshot(
      `[SeedError: seeds/story.txt: the file is not valid UTF-8 text. Save it with UTF-8 encoding and build again.]`,
    );
  });
});

describe('parseSeed on any text', () => {
  // Text made of the characters that matter to the format: line ends of every
  // kind, spaces, quote marks, markup characters and ordinary words.
  const pieces = [
    '\n',
    '\r\n',
    '\r',
    ' ',
    '\t',
    '“',
    '”',
    '*',
    '#',
    '<',
    '&',
    '$5 billion',
    'Posted in AI',
    'word',
    'é',
    '\uFEFF',
  ];
  const seedText = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { maxLength: 40 })
    .map((parts) => parts.join(''));

  test('joining the parts back with blank lines gives the normalised text', () => {
    fc.assert(
      fc.property(seedText, (text) => {
        let seed;
        try {
          seed = parseSeed(text, FILE);
        } catch (error) {
          // The only failures allowed are the documented ones.
          expect(error).toBeInstanceOf(SeedError);
          return;
        }
        expect(seedBlocks(seed).join('\n\n')).toBe(normalizeSeedText(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('no paragraph is empty, holds a blank line or ends in white space', () => {
    fc.assert(
      fc.property(seedText, (text) => {
        try {
          for (const paragraph of parseSeed(text, FILE).paragraphs) {
            expect(paragraph).not.toBe('');
            expect(paragraph).not.toMatch(/\n\s*\n|\s$/);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(SeedError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('every quote span starts with “ and ends with ” in its paragraph', () => {
    fc.assert(
      fc.property(seedText, (text) => {
        try {
          const seed = parseSeed(text, FILE);
          for (const quote of seed.quotes) {
            const span = seed.paragraphs[quote.paragraph]?.slice(quote.start, quote.end);
            expect(span).toBe(`“${quote.text}”`);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(SeedError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('text that cannot be published as it is', () => {
  test('a NUL fails naming its line and column', () => {
    expect(() => parseSeed('Title\n\nOne para\u0000graph.\n', 'seeds/nul.txt')).toThrow(
      'seeds/nul.txt:3:9: the control character U+0000 cannot be published. Delete it (only tabs and line breaks are allowed) and build again.',
    );
  });

  test('other control characters fail too, but tabs and line breaks do not', () => {
    expect(() => parseSeed('Title\r\n\r\nA bell \u0007 here.', 'seeds/bell.txt')).toThrow(
      'seeds/bell.txt:3:8: the control character U+0007 cannot be published.',
    );
    expect(() => parseSeed('Ti\u009Btle\n\nText.', 'seeds/c1.txt')).toThrow(
      'seeds/c1.txt:1:3: the control character U+009B',
    );
    expect(parseSeed('Title\n\nA\ttab.\r\nNext line.', 'seeds/tab.txt').paragraphs).toEqual(['A\ttab.\nNext line.']);
  });

  test('columns count characters, not UTF-16 units', () => {
    expect(() => parseSeed('Title\n\n😀x\u0001', 'seeds/emoji.txt')).toThrow('seeds/emoji.txt:3:3:');
  });

  test('a title with no letters or digits has no address to give', () => {
    expect(() => parseSeed('— … —\n\nText.', 'seeds/dashes.txt')).toThrow(
      'seeds/dashes.txt: the title has no letters or digits to make an address from. Add a word or a number to the title (line 1).',
    );
  });

  test.each([
    ['404', '/404/', 'the page shown for an unknown address (404.html)'],
    ['Data', '/data/', 'the data files (/data/)'],
    ['Share!', '/share/', 'the share images (/share/)'],
    ['RSS.xml', '/rss-xml/', 'the RSS feed (/rss.xml)'],
    ['robots.txt', '/robots-txt/', 'the robots.txt file'],
  ])('a title whose address is a route of the site (%s) fails naming both', (title, address, route) => {
    expect(() => parseSeed(`${title}\n\nText.`, 'seeds/route.txt')).toThrow(
      `seeds/route.txt: its title gives the address ${address}, which the site uses for ${route}. Change the title (line 1).`,
    );
  });
});

describe('a very long title', () => {
  const title = `${'A remarkably long headline about the money '.repeat(6).trim()} and more`;

  test('gets an address capped at a word boundary, while the page keeps the full title', () => {
    const seed = parseSeed(`${title}\n\nText.`, 'seeds/long.txt');
    expect(seed.title).toBe(title);
    expect(seed.slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slugify(title, 10_000).startsWith(`${seed.slug}-`)).toBe(true);
  });

  test('a single word longer than the cap is cut inside the word', () => {
    expect(slugify('x'.repeat(200))).toBe('x'.repeat(MAX_SLUG_LENGTH));
  });
});
