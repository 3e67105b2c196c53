/**
 * Seeds dropped into `seeds/`: the valid fixtures become pages (read from
 * the shared edited build), and the bad fixtures fail one build together,
 * since the seed loader reports every bad seed at once. The bad ones include
 * the refused seeds of the hostile-input suite (tests/fixtures/hostile/seeds/refused),
 * and a link to a file outside the project, a dangling link and a folder
 * named like a seed, made in the copy.
 */
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { all, one, readPage, text } from '../helpers/html';
import { buildProject, copyProject, repoRoot, type BuildResult } from '../helpers/project';
import { editedBuild } from '../helpers/shared-builds';

const FIXTURES = path.join(repoRoot, 'tests/fixtures/seeds');
const BAD_FIXTURES = ['empty', 'title-only', 'invalid-utf8', 'huge-amount'].map((name) => path.join(FIXTURES, name));
const HOSTILE_REFUSED = path.join(repoRoot, 'tests/fixtures/hostile/seeds/refused');
/** What the file outside the project says: it must never reach the build's output. */
const SECRET = 'A secret of the machine that builds the site';

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
      'Hostile Corp Says </script><script>alert("seed")</script>\u2028Rivals Will Fail',
      'Marrowbyte Will Never Catch Glimmerworks, Says Its Founder',
      'Quillfeather Raises Money, And Its Rival Is Not Impressed',
      'Winning AI Race Was Never Possible For Anthropic, Says Elon Musk',
    ]);
    // The edited build holds the hostile seeds too (tests/fixtures/hostile, read in tests/build/hostile-input.test.ts).
    expect(all(home, '.article-list h3').map(text)).toEqual([
      '<script>alert("title")</script> Markup In A Title',
      `${Array(8).fill('A Remarkably Long Headline About The Money').join(' ')} And More`,
      'A Story Without A Footer',
      'Invisible\u200b Characters \u202etxt.exe\u202c In A Title',
      'Links And Markdown In A Seed: [click](javascript:alert(1))',
      'Markup Stays *Text* <b>Here</b>',
      'Windows Line Ends Story',
    ]);
  });
});

describe('bad seeds dropped into seeds/ together', () => {
  let result: BuildResult;
  let outside: string;
  beforeAll(async () => {
    const root = await copyProject();
    for (const fixture of [...BAD_FIXTURES, HOSTILE_REFUSED]) {
      for (const file of await readdir(fixture)) {
        await cp(path.join(fixture, file), path.join(root, 'seeds', file));
      }
    }
    outside = await mkdtemp(path.join(tmpdir(), 'outside-'));
    await writeFile(path.join(outside, 'secret.txt'), `${SECRET}\n\nIt must never be published.\n`);
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'seeds', 'outside.txt'));
    await symlink(path.join(root, 'nowhere.txt'), path.join(root, 'seeds', 'dangling.txt'));
    await mkdir(path.join(root, 'seeds', 'folder.txt'));
    result = await buildProject(root);
  });
  afterAll(async () => {
    if (outside) await rm(outside, { recursive: true, force: true });
  });

  test('fail the build with one error that counts them, the paths that are no regular files first', () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('12 seeds cannot be published:\n- seeds/dangling.txt: ');
  });

  const link = (file: string) =>
    `${file}: is a symbolic link. Only regular files inside the repository are published: put the file itself here instead of a link.`;

  test.each([
    link('seeds/dangling.txt'),
    'seeds/folder.txt: is a folder, but its name says it is a file to publish. Rename or remove it.',
    link('seeds/outside.txt'),
    'seeds/empty.txt: the file is empty. A seed needs a title line, a blank line, then the paragraphs of the article.',
    "seeds/title-only.txt: the file has a title but no body. Add the article's paragraphs after a blank line.",
    'seeds/latin1.txt: the file is not valid UTF-8 text. Save it with UTF-8 encoding and build again.',
    'seeds/huge-amount.txt: paragraph 1: the amount “$999999999999999…” (400 digits) is too large to check: amounts up to $9 quadrillion (9,007,199,254,740,991) can be compared. Check the seed against the original article: a number this size is almost certainly a copying mistake.',
    'seeds/nul.txt:3:9: the control character U+0000 cannot be published. Delete it (only tabs and line breaks are allowed) and build again.',
    'seeds/terminal-escape.txt:3:9: the control character U+001B cannot be published. Delete it (only tabs and line breaks are allowed) and build again.',
    'seeds/c1-control.txt:1:3: the control character U+009B cannot be published. Delete it (only tabs and line breaks are allowed) and build again.',
    'seeds/no-letters.txt: the title has no letters or digits to make an address from. Add a word or a number to the title (line 1).',
    'seeds/reserved-route.txt: its title gives the address /data/, which the site uses for the data files (/data/). Change the title (line 1).',
  ])('list the message "%s"', (message) => {
    expect(result.output).toContain(`\n- ${message}`);
  });

  test('print nothing of the file outside the project, and no control character of a seed', () => {
    expect(result.output).not.toContain(SECRET);
    for (const character of ['\u0000', '\u001b', '\u009b']) expect(result.output).not.toContain(character);
  });
});
