import { expect, test } from 'vitest';
import { renderSeedHtml } from '../../src/lib/seed/render-seed';
import { parseSeed } from '../../src/lib/seed/seed';

const render = (body: string) => renderSeedHtml(parseSeed(`Title\n\n${body}`, 'seeds/t.txt'));

test('markup in the seed is escaped, never interpreted', async () => {
  expect(await render('*x* # x <script>alert(1)</script> &amp; [a](javascript:alert(1))')).toBe(
    '<p id="paragraph-1">*x* # x &#x3C;script>alert(1)&#x3C;/script> &#x26;amp; [a](javascript:alert(1))</p>',
  );
});

test('each paragraph becomes a <p> with a stable id', async () => {
  expect(await render('One.\n\nTwo.')).toBe('<p id="paragraph-1">One.</p>\n<p id="paragraph-2">Two.</p>');
});

test('a quoted span becomes <q> that keeps the seed’s own quote marks', async () => {
  expect(await render('He said: “Yes.” Then left.')).toBe('<p id="paragraph-1">He said: <q>“Yes.”</q> Then left.</p>');
});

test('an unclosed quote mark stays plain text', async () => {
  expect(await render('He said: “Yes.')).toBe('<p id="paragraph-1">He said: “Yes.</p>');
});
