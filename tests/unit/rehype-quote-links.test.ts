import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import { rehypeQuoteLinks } from '../../src/plugins/rehype-quote-links';

const link = async (html: string, hrefs: ReadonlyMap<string, string>) =>
  String(
    await unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeQuoteLinks, { hrefs })
      .use(rehypeStringify)
      .process(html),
  );

const HREFS = new Map([['Yes', '#event-a']]);

test('the words of a matched quote become a link to its event', async () => {
  expect(await link('<p>He said <q>“Yes.”</q></p>', HREFS)).toBe(
    '<p>He said <q><a href="#event-a" class="quote-link">“Yes.”</a></q></p>',
  );
});

test('a quote without a match is untouched', async () => {
  expect(await link('<p>He said <q>“No.”</q></p>', HREFS)).toBe('<p>He said <q>“No.”</q></p>');
});

test('a quote that already holds a link is untouched', async () => {
  expect(await link('<p>He said <q><a href="/elsewhere">“Yes.”</a></q></p>', HREFS)).toBe(
    '<p>He said <q><a href="/elsewhere">“Yes.”</a></q></p>',
  );
});

test('a quote whose link sits inside other markup is untouched', async () => {
  expect(await link('<p><q><em><a href="/elsewhere">“Yes.”</a></em></q></p>', HREFS)).toBe(
    '<p><q><em><a href="/elsewhere">“Yes.”</a></em></q></p>',
  );
});

test('a quote inside a link is untouched, so links never nest', async () => {
  expect(await link('<p><a href="/elsewhere"><q>“Yes.”</q></a></p>', HREFS)).toBe(
    '<p><a href="/elsewhere"><q>“Yes.”</q></a></p>',
  );
});

test('the link wraps markup inside the quote without changing it', async () => {
  expect(await link('<p><q>“<em>Yes</em>.”</q></p>', HREFS)).toBe(
    '<p><q><a href="#event-a" class="quote-link">“<em>Yes</em>.”</a></q></p>',
  );
});

test('each quote gets the link of its own words', async () => {
  const hrefs = new Map([
    ['Yes', '#event-a'],
    ['No, I never said that', '#event-b'],
  ]);
  expect(await link('<p><q>“Yes.”</q> then <q>“No, I never said that.”</q></p>', hrefs)).toBe(
    '<p><q><a href="#event-a" class="quote-link">“Yes.”</a></q> then <q><a href="#event-b" class="quote-link">“No, I never said that.”</a></q></p>',
  );
});

test('elements other than q are untouched even when their text matches', async () => {
  expect(await link('<p>“Yes.”</p><blockquote>Yes</blockquote>', HREFS)).toBe(
    '<p>“Yes.”</p><blockquote>Yes</blockquote>',
  );
});

test('without hrefs nothing is linked', async () => {
  const html = String(
    await unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeQuoteLinks)
      .use(rehypeStringify)
      .process('<p><q>“Yes.”</q></p>'),
  );
  expect(html).toBe('<p><q>“Yes.”</q></p>');
});
