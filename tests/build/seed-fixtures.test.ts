/**
 * Seeds dropped into `seeds/`: the valid fixtures become pages (read from
 * the shared edited build), and the bad fixtures fail one build together,
 * since the seed loader reports every bad seed at once.
 */
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { all, one, readPage, text } from '../helpers/html';
import { buildProject, copyProject, repoRoot, type BuildResult } from '../helpers/project';
import { editedBuild } from '../helpers/shared-builds';

const FIXTURES = path.join(repoRoot, 'tests/fixtures/seeds');
const BAD_FIXTURES = ['empty', 'title-only', 'invalid-utf8', 'huge-amount'];

describe('new seeds dropped into seeds/', () => {
  test('each becomes a page, rendered literally, with no code change', async () => {
    const { outDir } = await editedBuild();

    const markup = await readPage(outDir, 'markup-stays-text-b-here-b/index.html');
    expect(text(one(markup, 'h1'))).toBe('Markup Stays *Text* <b>Here</b>');
    expect(all(markup, '.article-body p').map(text)).toEqual([
      'Stars *x* and a hash # x stay literal, as does <script>alert(1)</script>.',
      'Entities &amp; links [a](javascript:alert(1)) and <img src=x onerror=alert(1)> are text too.',
      '1. Not a list item, `not code`, _not emphasis_ and “a quote with <i>tags</i>”.',
    ]);
    expect(all(markup, '.article-body :is(script, img, a, b, i, em, code, ol, h1)')).toEqual([]);
    expect(all(markup, '.article-body q').map(text)).toEqual(['“a quote with <i>tags</i>”']);
    expect(text(one(markup, '.kicker'))).toBe('Testing');

    const crlf = await readPage(outDir, 'windows-line-ends-story/index.html');
    expect(text(one(crlf, 'h1'))).toBe('Windows Line Ends Story');
    expect(all(crlf, '.article-body p').map(text)).toEqual([
      'The first paragraph ends with spaces.',
      'The second paragraph says “hello” and costs $5.2 million.',
    ]);
    expect(text(one(crlf, '.kicker'))).toBe('Windows');

    const noFooter = await readPage(outDir, 'a-story-without-a-footer/index.html');
    expect(all(noFooter, '.article-body p').map(text)).toEqual([
      'It has one paragraph and no category line at the end.',
    ]);
    expect(all(noFooter, '.kicker')).toEqual([]);

    const home = await readPage(outDir, 'index.html');
    // The edited build also holds the invented second story (tests/fixtures/second-story) and the
    // story npm run new scaffolds (tests/fixtures/new-story).
    expect(all(home, '.featured h2').map(text)).toEqual([
      'Marrowbyte Will Never Catch Glimmerworks, Says Its Founder',
      'Quillfeather Raises Money, And Its Rival Is Not Impressed',
      'Winning AI Race Was Never Possible For Anthropic, Says Elon Musk',
    ]);
    expect(all(home, '.article-list h3').map(text)).toEqual([
      'A Story Without A Footer',
      'Markup Stays *Text* <b>Here</b>',
      'Windows Line Ends Story',
    ]);
  });
});

describe('bad seeds dropped into seeds/ together', () => {
  let result: BuildResult;
  beforeAll(async () => {
    const root = await copyProject();
    for (const fixture of BAD_FIXTURES) {
      for (const file of await readdir(path.join(FIXTURES, fixture))) {
        await cp(path.join(FIXTURES, fixture, file), path.join(root, 'seeds', file));
      }
    }
    result = await buildProject(root);
  });

  test('fail the build with one error that counts them', () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('4 seeds cannot be published:\n- seeds/empty.txt: ');
  });

  test.each([
    'seeds/empty.txt: the file is empty. A seed needs a title line, a blank line, then the paragraphs of the article.',
    "seeds/title-only.txt: the file has a title but no body. Add the article's paragraphs after a blank line.",
    'seeds/latin1.txt: the file is not valid UTF-8 text. Save it with UTF-8 encoding and build again.',
    'seeds/huge-amount.txt: paragraph 1: the amount “$999999999999999…” (400 digits) is too large to check: amounts up to $9 quadrillion (9,007,199,254,740,991) can be compared. Check the seed against the original article: a number this size is almost certainly a copying mistake.',
  ])('list the message "%s"', (message) => {
    expect(result.output).toContain(`\n- ${message}`);
  });
});
