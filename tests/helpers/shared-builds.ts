/**
 * Builds that several test files read, made once per run on first use: the
 * first file to ask builds, the others wait for it, and a run that needs none
 * of them builds none. Test files run in separate workers, so the claim is a
 * folder made atomically in the run's shared folder (from the global setup),
 * and the result is a file written there once the build is done.
 */
import { spawn } from 'node:child_process';
import { appendFile, cp, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';
import { MAIN_BUILD, recordBuild, waitForBuild, type SharedBuild } from './build-results';
import { buildProject, copyProject, repoRoot, type BuildOptions } from './project';

export type { SharedBuild };

/**
 * The repository as it is, built with SITE unset: the build the global setup
 * starts before any test. `inject('dist')` names its folder from the start;
 * the build and browser tiers' setup file waits for it before each file.
 */
export function mainBuild(): Promise<SharedBuild> {
  return waitForBuild(inject('sharedBuilds'), MAIN_BUILD);
}

/**
 * The build called `name`, made from a copy of the project that `prepare`
 * may change first; the build must succeed. Every caller of one name must
 * pass the same `prepare` and options: use the named builds below.
 */
async function sharedBuild(
  name: string,
  prepare: (root: string) => Promise<void>,
  options: BuildOptions = {},
): Promise<SharedBuild> {
  const folder = inject('sharedBuilds');
  let claimed = true;
  try {
    await mkdir(path.join(folder, `${name}.claim`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    claimed = false;
  }
  if (claimed) {
    await recordBuild(folder, name, async () => {
      const root = await copyProject();
      await prepare(root);
      const { code, output, outDir } = await buildProject(root, options);
      if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output}`);
      // The copy is deleted when this file ends; the site moves to the shared folder, which lasts the run.
      const kept = path.join(folder, name);
      await rename(outDir, kept);
      return { outDir: kept, output };
    });
  }
  return waitForBuild(folder, name);
}

/** The origin and sub-path of the sub-path build. */
export const SUB_PATH = { site: 'https://example.org', base: '/explainer/' } as const;

/** The repository as it is, built for https://example.org/explainer/ (a GitHub Pages-style sub-path). */
export function subPathBuild(): Promise<SharedBuild> {
  return sharedBuild('sub-path', async () => {}, { env: { SITE: SUB_PATH.site, BASE: SUB_PATH.base } });
}

/** The timeline event whose quote `editedBuild` changes, and the change. */
export const UNMATCHED_QUOTE = {
  file: 'content/stories/winning-ai-race-was-never-possible-for-anthropic-says-elon-musk/timeline/2025-09-23-yacine-says-anthropic-is-going-to-lose.md',
  from: 'text: "Anthropic is going to lose :/"',
  to: 'text: "Anthropic will lose"',
} as const;

/** The invented second story (tests/fixtures/second-story): its folder, seed and address. */
export const SECOND_STORY = {
  fixture: 'tests/fixtures/second-story',
  slug: 'marrowbyte-will-never-catch-glimmerworks-says-its-founder',
  seed: '900_fixture_marrowbyte',
} as const;

/** A person `editedBuild` adds whom no event or claim names: the build warns about the file. */
export const UNUSED_PERSON = {
  file: 'content/people/jane-example.md',
  text: '---\nname: Jane Example\nhandle: null\nrole: "Nobody in any story"\nsources: [officechai-article]\n---\n',
} as const;

/** The seed of the story that `npm run new` scaffolds in the edited build, and the story's address. */
export const NEW_STORY = {
  fixture: 'tests/fixtures/new-story/quillfeather.txt',
  seed: 'seeds/quillfeather.txt',
  slug: 'quillfeather-raises-money-and-its-rival-is-not-impressed',
} as const;

/**
 * The hostile-input fixtures (tests/fixtures/hostile) that publish: seeds
 * whose markup, links and invisible characters must reach the page as inert
 * text, and a story whose every field that reaches a page, a data file or the
 * JSON-LD is hostile (`</script>`, U+2028, formula cells, bidi controls).
 */
export const HOSTILE = {
  seeds: 'tests/fixtures/hostile/seeds/inert',
  story: 'tests/fixtures/hostile/story',
  slug: 'hostile-corp-says-script-script-alert-seed-script-rivals-will-fail',
  seed: '901_fixture_hostile',
} as const;

/**
 * One copy with six independent changes that all still build: the valid
 * seed fixtures (tests/fixtures/seeds/valid) dropped into `seeds/`, the
 * invented second story (SECOND_STORY) added beside the real one, the
 * timeline event of UNMATCHED_QUOTE no longer holding the article's quote,
 * UNUSED_PERSON, the story of NEW_STORY scaffolded by `npm run new` as the
 * README's "Add a story" says, and the HOSTILE seeds and story. None touches
 * what the others' tests read: the new seeds have no story, the second, the
 * hostile and the scaffolded story have their own seeds (and the second and
 * the hostile one their own companies, people, sources, events and claims),
 * the edited event only concerns the real seed, and no page shows a person
 * nothing names.
 */
export function editedBuild(): Promise<SharedBuild> {
  return sharedBuild('edited', async (root) => {
    for (const folder of ['tests/fixtures/seeds/valid', HOSTILE.seeds]) {
      const fixtures = path.join(repoRoot, folder);
      for (const file of await readdir(fixtures)) {
        await cp(path.join(fixtures, file), path.join(root, 'seeds', file));
      }
    }
    await addStory(root, SECOND_STORY.fixture);
    await addStory(root, HOSTILE.story);
    const event = path.join(root, UNMATCHED_QUOTE.file);
    const before = await readFile(event, 'utf8');
    const after = before.replace(UNMATCHED_QUOTE.from, UNMATCHED_QUOTE.to);
    if (after === before) throw new Error(`the edit of ${UNMATCHED_QUOTE.file} changed nothing`);
    await writeFile(event, after);
    await writeFile(path.join(root, UNUSED_PERSON.file), UNUSED_PERSON.text);
    await scaffoldNewStory(root);
  });
}

/** The README's recipe in the project at `root`: the seed into seeds/, then `npm run new -- seeds/<file>.txt`. */
async function scaffoldNewStory(root: string): Promise<void> {
  await cp(path.join(repoRoot, NEW_STORY.fixture), path.join(root, NEW_STORY.seed));
  // The npm that runs the tests (npm_execpath) when there is one, and this node for the script it runs.
  const npmCli = process.env['npm_execpath'];
  const args = ['run', 'new', '--', NEW_STORY.seed];
  const bin = path.dirname(process.execPath);
  const output = await new Promise<string>((resolve, reject) => {
    const npm = spawn(npmCli ? process.execPath : 'npm', npmCli ? [npmCli, ...args] : args, {
      cwd: root,
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let printed = '';
    npm.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    npm.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    npm.on('error', reject);
    npm.on('close', (code) =>
      code === 0 ? resolve(printed) : reject(new Error(`npm run new failed (exit ${code}):\n${printed}`)),
    );
  });
  if (!output.includes(`content/stories/${NEW_STORY.slug}/story.md`)) {
    throw new Error(`npm run new did not say it wrote the story:\n${output}`);
  }
}

/** Copies the seed and content of a fixture story into the project at `root`, its sources after the real ones. */
async function addStory(root: string, folder: string): Promise<void> {
  const fixture = path.join(repoRoot, folder);
  await cp(path.join(fixture, 'seeds'), path.join(root, 'seeds'), { recursive: true });
  for (const shared of ['companies', 'people', 'stories']) {
    await cp(path.join(fixture, 'content', shared), path.join(root, 'content', shared), { recursive: true });
  }
  const sources = await readFile(path.join(fixture, 'content', 'sources.yaml'), 'utf8');
  await appendFile(path.join(root, 'content', 'sources.yaml'), sources);
}
