import { expect, test } from 'vitest';
import { renderSeedHtml } from '../../src/lib/seed/render-seed';
import { parseSeed } from '../../src/lib/seed/seed';
import { remarkClaimMarks, type ClaimMark } from '../../src/plugins/remark-claim-marks';

const render = (body: string, claims: ClaimMark[]) =>
  renderSeedHtml(parseSeed(`Title\n\n${body}`, 'seeds/t.txt'), { remarkPlugins: [[remarkClaimMarks, { claims }]] });

const claim = (overrides: Partial<ClaimMark> & Pick<ClaimMark, 'start' | 'end'>): ClaimMark => ({
  paragraph: 0,
  verdict: 'supported',
  verdictLabel: 'Supported',
  symbol: '✓',
  number: 1,
  id: 'claim-01-text',
  href: '#claim-01',
  ...overrides,
});

test('marks the claim’s words and links the verdict label to its note', async () => {
  expect(await render('It is worth $5 billion.', [claim({ start: 6, end: 22 })])).toBe(
    '<p id="paragraph-1">It is <mark class="claim verdict-supported" id="claim-01-text">worth $5 billion</mark>' +
      '<a href="#claim-01" class="claim-ref verdict-supported" data-annotation=""><span aria-hidden="true">✓</span> <span class="visually-hidden">Claim </span>1 <span class="visually-hidden">checked: </span>Supported</a>.</p>',
  );
});

test('a figure claim gets the sourced number beside it, as an annotation', async () => {
  const html = await render('Revenue of $500 billion.', [
    claim({
      start: 0,
      end: 23,
      verdict: 'wrong',
      verdictLabel: 'Wrong',
      symbol: '✗',
      detail: 'sourced: over $5 billion (Aug 2025)',
    }),
  ]);
  expect(html).toContain(
    '</a><span class="claim-detail" data-annotation="">sourced: over $5 billion (Aug 2025)</span>.</p>',
  );
});

test('a claim may hold a whole quotation', async () => {
  expect(await render('Musk said: “No.” Then left.', [claim({ start: 0, end: 16 })])).toContain(
    '<mark class="claim verdict-supported" id="claim-01-text">Musk said: <q>“No.”</q></mark>',
  );
});

test('several claims in one paragraph keep their own words', async () => {
  const html = await render('One two three four.', [
    claim({ start: 0, end: 3, number: 1, id: 'a' }),
    claim({ start: 8, end: 13, number: 2, id: 'b', verdict: 'wrong', verdictLabel: 'Wrong', symbol: '✗' }),
  ]);
  expect(html).toContain('<mark class="claim verdict-supported" id="a">One</mark>');
  expect(html).toContain('<mark class="claim verdict-wrong" id="b">three</mark>');
});

test('a claim boundary inside a quotation is an error, not a silent mis-mark', async () => {
  await expect(
    render('Musk said: “No way.” Then left.', [claim({ start: 13, end: 20 })]),
  ).rejects.toThrowErrorMatchingInlineSnapshot(
    `[Error: remark-claim-marks: a claim boundary at offset 13 falls inside a <seedQuote> element]`,
  );
});

test('without claims the article is unchanged', async () => {
  expect(await render('Plain words.', [])).toBe('<p id="paragraph-1">Plain words.</p>');
});

test('a qualified verdict is read and shown whole, after the verdict’s symbol', async () => {
  const html = await render('It grows fast.', [
    claim({ start: 3, end: 13, verdictLabel: 'Supported · company figure' }),
  ]);
  expect(html).toContain(
    '<span aria-hidden="true">✓</span> <span class="visually-hidden">Claim </span>1 <span class="visually-hidden">checked: </span>Supported · company figure</a>',
  );
});
