import { unified } from '@astrojs/markdown-remark';
import { beforeAll, expect, test } from 'vitest';
import { rehypePlugins, remarkPlugins } from '../../src/plugins/markdown-pipeline';

// The same processor astro.config.mjs sets, rendering markdown as a build would.
let render: (markdown: string) => Promise<string>;
let renderUnsanitized: (markdown: string) => Promise<string>;

beforeAll(async () => {
  const renderer = await unified({ remarkPlugins, rehypePlugins }).createRenderer({ syntaxHighlight: false });
  render = async (markdown) => (await renderer.render(markdown)).code;
  const bare = await unified().createRenderer({ syntaxHighlight: false });
  renderUnsanitized = async (markdown) => (await bare.render(markdown)).code;
});

test('without our plugins, Astro would publish the script: the reason the sanitizer exists', async () => {
  expect(await renderUnsanitized('<script>alert(1)</script>')).toContain('<script>alert(1)</script>');
  expect(await renderUnsanitized('<img src="x.png" alt="x" onerror="alert(1)">')).toContain('onerror');
});

test('a <script> in content markdown is removed', async () => {
  expect(await render('Hello\n\n<script>alert(1)</script>\n')).toBe('<p>Hello</p>\n');
});

test('raw HTML with event handlers is dropped whole', async () => {
  expect(await render('Text <img src="x.png" alt="x" onerror="alert(1)"> end')).toBe('<p>Text  end</p>');
  expect(await render('<div onclick="steal()">d</div>')).toBe('');
});

test('javascript: links lose their href', async () => {
  expect(await render('[click](javascript:alert(1))')).toBe('<p><a>click</a></p>');
});

test('raw HTML links with javascript: are dropped, their text kept', async () => {
  expect(await render('<a href="javascript:alert(1)">x</a>')).toBe('<p>x</p>');
});

test('external links get rel="noopener noreferrer"', async () => {
  expect(await render('[India Today](https://www.indiatoday.in/)')).toBe(
    '<p><a href="https://www.indiatoday.in/" rel="noopener noreferrer">India Today</a></p>',
  );
});

test('ordinary markdown keeps its structure', async () => {
  expect(await render('Some *emphasis* and a [local link](#sources).')).toBe(
    '<p>Some <em>emphasis</em> and a <a href="#sources">local link</a>.</p>',
  );
});

test('an image from another host fails, naming the file and the fix', async () => {
  const renderer = await unified({ remarkPlugins, rehypePlugins }).createRenderer({ syntaxHighlight: false });
  const fileURL = new URL('../../content/companies/x.md', import.meta.url);
  await expect(renderer.render('![pixel](https://tracker.example.com/p.png)', { fileURL })).rejects.toThrow(
    'content/companies/x.md: the img "https://tracker.example.com/p.png" would be fetched from another host, and no page may request anything from another host. Save the file in public/ and link it by its path (e.g. /images/name.png), or remove it.',
  );
  await expect(render('![pixel](//tracker.example.com/p.png)')).rejects.toThrow('"//tracker.example.com/p.png"');
});

test('without the check, the same image would be published as a request to another host (control)', async () => {
  expect(await renderUnsanitized('![pixel](https://tracker.example.com/p.png)')).toContain(
    'src="https://tracker.example.com/p.png"',
  );
});

test('an image from the site itself is kept', async () => {
  expect(await render('![chart](/images/chart.png)')).toBe('<p><img src="/images/chart.png" alt="chart"></p>');
});
