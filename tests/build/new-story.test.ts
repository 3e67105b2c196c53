/**
 * The README's "Add a story" recipe, as written: a seed copied into seeds/,
 * `npm run new -- seeds/<file>.txt`, then the build. The shared edited build
 * runs the recipe on an invented seed (NEW_STORY), so no build is added; the
 * command's own behaviour is checked on a folder of its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'hast';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { all, one, readPage, text } from '../helpers/html';
import { repoRoot } from '../helpers/project';
import { editedBuild, NEW_STORY } from '../helpers/shared-builds';

const QUOTES = [
  '$12 million from',
  '$80 million',
  '“We will spend the $12 million on engineers, not on offices.”',
  '$12 million last',
  '“Good luck with that”',
  '$3 million',
];

describe('a story scaffolded by npm run new, then built', () => {
  let page: Root;
  beforeAll(async () => {
    const { outDir } = await editedBuild();
    page = await readPage(outDir, `${NEW_STORY.slug}/index.html`);
  });

  test('has a note for each quotation and amount, each shown as not yet checked', () => {
    const notes = all(page, '.claim-notes > li');
    expect(notes.map((note) => text(one(note, 'h3')))).toEqual(
      QUOTES.map((quote, index) => `Claim ${index + 1}: ${quote.startsWith('“') ? quote : `“${quote}”`}`),
    );
    expect(notes.map((note) => text(one(note, 'li > p > .verdict-tag')))).toEqual(Array(6).fill('○ Not yet checked'));
  });

  test('marks each claim in the article as not yet checked', () => {
    expect(all(page, '.article-body mark.claim').map((mark) => mark.properties['className'])).toEqual(
      Array(6).fill(['claim', 'verdict-unchecked']),
    );
    expect(all(page, '.article-body .claim-ref').map(text)).toEqual(
      QUOTES.map((_, index) => `○ Claim ${index + 1} status: Not yet checked`),
    );
  });

  test('counts none of them as checked, and says what is not recorded yet', () => {
    expect(text(one(page, '.meta')).replace(/\s+/g, ' ')).toBe(
      'An article by a publisher not recorded yet, published on a date not recorded. 0 of 6 claims checked so far.',
    );
  });

  test('says nothing of a comparison table the story does not have yet', () => {
    const howChecked = text(one(page, '#how-we-checked')).replace(/\s+/g, ' ');
    expect(howChecked).not.toContain('values in the comparison table');
    expect(howChecked).toContain('0 of 6 claims of the article checked');
  });
});

describe('npm run new on its own', () => {
  let root: string;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'new-story.ts'), ...args], {
      cwd: root,
      encoding: 'utf8',
    });
  const story = () => path.join(root, 'content', 'stories', NEW_STORY.slug);

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'explainer-new-'));
    await mkdir(path.join(root, 'seeds'));
    await writeFile(path.join(root, NEW_STORY.seed), await readFile(path.join(repoRoot, NEW_STORY.fixture)));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  test('prints what it wrote and what to do next', async () => {
    const { status, stdout } = run(NEW_STORY.seed);
    expect(status).toBe(0);
    const written = (await readdir(story(), { recursive: true })).filter((file) => file.endsWith('.md'));
    expect(written).toHaveLength(7);
    for (const file of written) expect(stdout).toContain(`content/stories/${NEW_STORY.slug}/${file}`);
    expect(stdout).toContain('6 claims, all "unchecked", for 2 quotations and 5 money amounts.');
    expect(stdout).toContain('Next:');
  });

  test('refuses to overwrite a story that exists, and changes nothing', async () => {
    const storyFile = path.join(story(), 'story.md');
    await writeFile(storyFile, 'edited by hand');
    const { status, stderr } = run(NEW_STORY.seed);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(
      `content/stories/${NEW_STORY.slug}/ exists already: nothing was written. Edit the story there, or delete it first.`,
    );
    expect(await readFile(storyFile, 'utf8')).toBe('edited by hand');
  });

  test('refuses a second story for a seed that a story tells already', async () => {
    const older = path.join(root, 'content', 'stories', 'an-older-title');
    await rename(story(), older);
    await writeFile(path.join(older, 'story.md'), '---\nseed: "quillfeather" # its title has changed since\n---\n');
    const { status, stderr } = run(NEW_STORY.seed);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(
      'content/stories/an-older-title/story.md tells seeds/quillfeather.txt already: nothing was written. A seed has one story; edit that one.',
    );
    expect(existsSync(story())).toBe(false);
  });

  test('refuses a file outside seeds/, saying where it must go', () => {
    const { status, stderr } = run('tests/quillfeather.txt');
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(
      'tests/quillfeather.txt is not a seed: copy the article into seeds/ as a .txt file first, then run npm run new -- seeds/<file>.txt',
    );
  });
});
