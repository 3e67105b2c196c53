/**
 * The hostile-input suite, unit tier: every input refused at the level of
 * content is pinned here without a build (fixtures in
 * tests/fixtures/hostile/refused-content), each beside a control that shows
 * the same attack getting through without the defence. The refused seeds
 * fail one build together (tests/build/seed-fixtures.test.ts); what publishes
 * is read from the shared edited build (tests/build/hostile-input.test.ts)
 * and loaded in Chromium without the CSP (tests/e2e/hostile-input.test.ts).
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parseDocument } from 'yaml';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { collections } from '../../src/content.config';
import { plainText } from '../../src/lib/publish/plain-text';
import { serializeJsonLd } from '../../src/lib/publish/structured-data';
import { normalizeSeedText, parseSeed } from '../../src/lib/seed/seed';
import { slugify } from '../../src/lib/seed/slug';
import { reservedSegments } from '../../src/lib/site/routes';
import { parseYamlList } from '../../src/loaders/yaml-list';
import { rehypePlugins, remarkPlugins } from '../../src/plugins/markdown-pipeline';
import { sourceSchema } from '../../src/schemas/source';
import { storySchema } from '../../src/schemas/story';
import { timelineEventSchema } from '../../src/schemas/timeline-event';
import { webUrlSchema } from '../../src/schemas/web-url';
import { repoRoot } from '../helpers/project';

const FIXTURES = path.join(repoRoot, 'tests/fixtures/hostile/refused-content');
const fixture = (name: string) => readFile(path.join(FIXTURES, name), 'utf8');

/** The schema's issues as the build prints them: "field.path: message". */
function schemaErrors(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** The message of every URL field, after "must be ". */
const only = (what: string) =>
  `must be ${what}, starting with https:// (only https: and http: addresses are published)`;

describe('an address that would run a script or leave the web', () => {
  test('in a source of sources.yaml fails its schema', async () => {
    const [entry] = parseYamlList(await fixture('source-javascript-url.yaml'), 'content/sources.yaml');
    expect(schemaErrors(sourceSchema, { id: entry?.id, ...entry?.data })).toEqual([
      `url: ${only('the full address of the source')}`,
    ]);
  });

  test('in a timeline event fails its schema, whatever its letter case', async () => {
    const { frontmatter } = parseFrontmatter(await fixture('event-javascript-url.md'));
    expect(frontmatter['url']).toBe('JaVaScRiPt:alert(document.cookie)');
    expect(schemaErrors(timelineEventSchema, frontmatter)).toEqual([
      `url: ${only('the full address of the original post or page')}`,
    ]);
  });

  test('in a story fails its schema, even behind a space', async () => {
    const { frontmatter } = parseFrontmatter(await fixture('story-javascript-url.md'));
    expect(frontmatter['url']).toBe(' javascript:alert(document.cookie)');
    expect(schemaErrors(storySchema, frontmatter)).toEqual([
      `url: ${only('the full address of the original article')}`,
    ]);
  });

  const HOSTILE_URLS = [
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    'https:evil.example',
    'ftp://example.org/file',
  ];

  test.each(HOSTILE_URLS)('%j fails every URL field', (url) => {
    expect(schemaErrors(webUrlSchema(), url)).toEqual([`: ${only('the full address of the page')}`]);
  });

  test('a web address with markup in it is kept as written, for the output to escape', () => {
    const url = 'https://example.org/hostile/</script><script>alert(1)</script>';
    expect(webUrlSchema().parse(url)).toBe(url);
  });

  test('without the protocol check, zod’s own URL check accepts the same addresses (control)', () => {
    const accepted = HOSTILE_URLS.filter((url) => z.url().safeParse(url).success);
    expect(accepted).toEqual(HOSTILE_URLS.filter((url) => url !== '//evil.example/x'));
  });
});

describe('markdown in content/', () => {
  let render: (markdown: string, file?: string) => Promise<string>;
  let renderUnsanitized: (markdown: string) => Promise<string>;
  beforeAll(async () => {
    const renderer = await unified({ remarkPlugins, rehypePlugins }).createRenderer({ syntaxHighlight: false });
    render = async (markdown, file) =>
      (await renderer.render(markdown, file ? { fileURL: pathToFileURL(path.join(repoRoot, file)) } : {})).code;
    const bare = await unified().createRenderer({ syntaxHighlight: false });
    renderUnsanitized = async (markdown) => (await bare.render(markdown)).code;
  });

  test('an image from another host fails the build, naming the file and the fix', async () => {
    const { content } = parseFrontmatter(await fixture('company-foreign-image.md'));
    await expect(render(content, 'content/companies/pixel-corp.md')).rejects.toThrow(
      'content/companies/pixel-corp.md: the img "https://tracker.example.com/pixel.png?reader=1" would be fetched from another host, and no page may request anything from another host. Save the file in public/ and link it by its path (e.g. /images/name.png), or remove it.',
    );
  });

  test('links that run a script, data: addresses, raw HTML and frames publish as inert text', async () => {
    const markdown = [
      'A [click](javascript:alert(1)), a [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) link,',
      '![inline](data:image/png;base64,iVBORw0KGgo=) <iframe src="https://evil.example/"></iframe>',
      '<a href="javascript:alert(1)">raw link</a> <img src="x.png" alt="x" onerror="alert(1)">',
    ].join('\n');
    expect(await render(markdown)).toBe('<p>A <a>click</a>, a <a>data</a> link,\n<img alt="inline"> \nraw link </p>');
  });

  test('without the sanitizer, the same markdown publishes live links, a frame and an event handler (control)', async () => {
    const html = await renderUnsanitized(
      '[click](javascript:alert(1)) <iframe src="https://evil.example/"></iframe> <img src="x.png" onerror="alert(1)">',
    );
    expect(html).toContain('href="javascript:alert(1)"');
    expect(html).toContain('<iframe src="https://evil.example/">');
    expect(html).toContain('onerror="alert(1)"');
  });

  test('the data files carry the words of a hostile body, and without plainText they would carry its markup (control)', async () => {
    const rendered = { html: await render('Read [this](https://evil.example/) and *that* =1+1.') };
    expect(rendered.html).toBe(
      '<p>Read <a href="https://evil.example/" rel="noopener noreferrer">this</a> and <em>that</em> =1+1.</p>',
    );
    expect(plainText(rendered)).toBe('Read this and that =1+1.');
  });
});

describe('a symbolic link in content/', () => {
  let root: string;
  let outside: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'hostile-repo-'));
    outside = await mkdtemp(path.join(tmpdir(), 'hostile-outside-'));
    await writeFile(path.join(outside, 'secret.md'), '---\nname: Secret\n---\nA file from outside the repository.\n');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  /** The collection's loader, as content.config.ts wires it, run in the project at `root`. */
  const load = (name: keyof typeof collections) => {
    const { loader } = collections[name] as { loader: { load: (context: LoaderContext) => Promise<void> } };
    const context = { config: { root: pathToFileURL(`${root}/`) }, collection: name } as unknown as LoaderContext;
    return loader.load(context);
  };
  const linkMessage = (shown: string) =>
    `${shown}: is a symbolic link. Only regular files inside the repository are published: put the file itself here instead of a link.`;

  test.each([
    ['companies', 'content/companies/x.md'],
    ['people', 'content/people/x.md'],
    ['stories', 'content/stories/x/story.md'],
    ['timeline', 'content/stories/x/timeline/2031-04-06-x.md'],
    ['claims', 'content/stories/x/claims/01-x.md'],
  ] as const)('stops the %s loader before it reads anything: %s', async (name, link) => {
    await mkdir(path.dirname(path.join(root, link)), { recursive: true });
    await symlink(path.join(outside, 'secret.md'), path.join(root, link));
    await expect(load(name)).rejects.toThrow(linkMessage(link));
  });

  test('a linked folder stops the loader too, and is never followed', async () => {
    await mkdir(path.join(root, 'content', 'stories', 'x'), { recursive: true });
    await symlink(outside, path.join(root, 'content', 'stories', 'x', 'timeline'));
    await expect(load('timeline')).rejects.toThrow(linkMessage('content/stories/x/timeline'));
  });

  test('sources.yaml as a link stops the sources loader', async () => {
    await mkdir(path.join(root, 'content'));
    await writeFile(path.join(outside, 'secret.yaml'), '- id: secret\n  title: A file from outside\n');
    await symlink(path.join(outside, 'secret.yaml'), path.join(root, 'content', 'sources.yaml'));
    await expect(load('sources')).rejects.toThrow(linkMessage('content/sources.yaml'));
  });
});

describe('billion laughs in sources.yaml', () => {
  let text: string;
  beforeAll(async () => {
    text = await fixture('billion-laughs.yaml');
  });

  test('fails at once, naming the file and the fix', () => {
    expect(() => parseYamlList(text, 'content/sources.yaml')).toThrow(
      'content/sources.yaml: its aliases (*name) repeat other values so often that reading them would exhaust the memory of the build (Excessive alias count indicates a resource exhaustion attack). Write each value out instead of repeating it through an alias.',
    );
  });

  test('without the alias limit, each level multiplies the data by nine (control)', () => {
    // The first four levels of the same file, unlimited: 9^5 "lol"s from 300 bytes; all ten would be 3.5 billion.
    const four = text.split('\n').slice(0, 8).join('\n');
    const expanded = parseDocument(four).toJS({ maxAliasCount: -1 }) as { lol4: unknown[] }[];
    expect(expanded[0]?.lol4.flat(4)).toHaveLength(9 ** 5);
  });
});

describe('JSON-LD in a page', () => {
  const data = {
    headline: 'A </script><script>alert(1)</script> headline',
    description: 'A line\u2028separator, a paragraph\u2029separator and <!-- a comment',
  };
  const page = (json: string) => fromHtml(`<head><script type="application/ld+json">${json}</script></head>`);

  test('no string can close its element or open a comment: "<", U+2028 and U+2029 are escaped', () => {
    const json = serializeJsonLd(data);
    expect(json).toBe(
      '{"headline":"A \\u003c/script>\\u003cscript>alert(1)\\u003c/script> headline","description":"A line\\u2028separator, a paragraph\\u2029separator and \\u003c!-- a comment"}',
    );
    const scripts = selectAll('script', page(json));
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(toString(scripts[0]!))).toEqual(data);
  });

  test('without the escaping, the headline closes the element and opens a live script (control)', () => {
    const scripts = selectAll('script', page(JSON.stringify(data)));
    expect(scripts.map((script) => [script.properties['type'], toString(script)])).toEqual([
      ['application/ld+json', '{"headline":"A '],
      [undefined, 'alert(1)'],
    ]);
  });
});

describe('seeds without their checks (controls: the refusals fail the bad-seeds build)', () => {
  test('the normalised text a seed publishes keeps a NUL and a terminal escape', () => {
    const text = 'Title\n\nOne para\u0000graph and \u001b]8;;https://evil.example/\u0007a link\u001b]8;;\u0007.\n';
    expect(normalizeSeedText(text)).toBe(text.trimEnd());
    expect(() => parseSeed(text, 'seeds/x.txt')).toThrow('seeds/x.txt:3:9: the control character U+0000');
  });

  test('a title with no letters or digits makes an empty address, the home page’s', () => {
    expect(slugify('— … —')).toBe('');
  });

  test('the title "Data" makes the address of the data files', () => {
    expect(reservedSegments[slugify('Data')]).toBe('the data files (/data/)');
  });

  test('without the cap, a long title makes an address of hundreds of characters', () => {
    const title = Array(8).fill('A Remarkably Long Headline About The Money').join(' ');
    expect(slugify(title, Infinity)).toHaveLength(343);
    expect(slugify(title)).toHaveLength(79);
  });

  test('read as markdown instead of text, a seed would publish a live script and link', async () => {
    const bare = await unified().createRenderer({ syntaxHighlight: false });
    const html = (await bare.render('<script>alert(1)</script>\n\n[click](javascript:alert(1))')).code;
    expect(html).toContain('<script>alert(1)</script>');
    expect(html).toContain('<a href="javascript:alert(1)">');
  });
});
