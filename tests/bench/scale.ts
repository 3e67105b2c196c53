/**
 * Scale: the build must hold for many seeds and for one very large seed.
 * Each case is one build of a fresh copy of the project with the repository's
 * seeds plus generated ones (SEEDS_DIR); the figures are wall time and the
 * build process's peak memory (its maximum resident set size, reported by the
 * process itself as it exits). Printed, never asserted against a clock.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildProject, copyProject, repoRoot } from '../helpers/project.ts';

/** Words for generated text: plain prose, no "$" amounts or quotations, which only stories check. */
const WORDS =
  'the company said its model would reach more users this year than last as the market for tools grew'.split(' ');

/** A paragraph of about `length` characters, different for each `seed`. */
function paragraph(seed: number, length: number): string {
  const words: string[] = [];
  let size = 0;
  for (let index = 0; size < length; index += 1) {
    const word = WORDS[(seed * 7 + index * 3) % WORDS.length]!;
    words.push(index === 0 ? word[0]!.toUpperCase() + word.slice(1) : word);
    size += word.length + 1;
  }
  return `${words.join(' ')}.`;
}

/** A seed file of about `bytes`, made of paragraphs of about 600 characters. */
export function generatedSeed(index: number, bytes: number): string {
  const paragraphs: string[] = [];
  for (let size = 0, p = 0; size < bytes; p += 1) {
    const text = paragraph(index + p, 600);
    paragraphs.push(text);
    size += text.length + 2;
  }
  return `Generated story ${index} about scale\n\n${paragraphs.join('\n\n')}\n`;
}

/** A folder with the repository's seeds and `files` more. */
async function seedFolder(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'bench-scale-seeds-'));
  for (const name of await readdir(path.join(repoRoot, 'seeds'))) {
    await cp(path.join(repoRoot, 'seeds', name), path.join(folder, name));
  }
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(folder, name), text);
  return folder;
}

/** Wall time and peak memory of one build of a fresh copy with the seeds of `folder`. */
async function measuredBuild(folder: string): Promise<{ seconds: number; peakMb: number }> {
  const root = await copyProject();
  const report = path.join(root, 'peak-rss.txt');
  const hook = path.join(root, 'report-peak-rss.mjs');
  await mkdir(root, { recursive: true });
  await writeFile(
    hook,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  const start = performance.now();
  // As editors run it: without the flags that make the tests' short builds cheaper.
  const result = await buildProject(root, {
    env: { SEEDS_DIR: folder, NODE_OPTIONS: `--import=${hook}` },
    nodeFlags: [],
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.code !== 0) throw new Error(`the scale build failed:\n${result.output.slice(-4000)}`);
  const peakKb = Number(await readFile(report, 'utf8'));
  return { seconds, peakMb: peakKb / 1024 };
}

/** Builds 1,000 seeds of 3–6 KB, then one seed of 5 MB, and prints time and peak memory for each. */
export async function benchScale(): Promise<void> {
  console.log('\nScale (one build each, wall time and the build process’s peak memory)');
  const many = Object.fromEntries(
    Array.from({ length: 1000 }, (_, index) => [
      `scale-${String(index).padStart(4, '0')}.txt`,
      generatedSeed(index, 3000 + ((index * 37) % 3000)),
    ]),
  );
  const cases: [string, Record<string, string>][] = [
    ['1,000 seeds of 3–6 KB', many],
    ['one seed of 5 MB', { 'scale-large.txt': generatedSeed(1, 5 * 1024 * 1024) }],
  ];
  for (const [label, files] of cases) {
    const folder = await seedFolder(files);
    try {
      const { seconds, peakMb } = await measuredBuild(folder);
      console.log(`  ${label.padEnd(24)} ${seconds.toFixed(1)} s, peak ${peakMb.toFixed(0)} MB`);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
}
