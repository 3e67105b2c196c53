/**
 * Real builds for tests. Each build runs `astro build` in a child process,
 * in a throw-away copy of the project, so that builds can run side by side
 * and a test may change seeds or content without touching the repository.
 */
import { spawn } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const copies = new Set<string>();

/** Deletes every copy this module made; the test setup calls it after each file. */
export async function removeCopies(): Promise<void> {
  await Promise.all([...copies].map((root) => rm(root, { recursive: true, force: true })));
  copies.clear();
}

const PROJECT_FILES = [
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'scripts',
  'src',
  'content',
  'seeds',
  'public',
];

/**
 * A copy of the project in a new temporary folder. `node_modules` is a real
 * folder of links to the repository's packages, so each copy keeps its own
 * content cache (`node_modules/.astro`).
 */
export async function copyProject(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'explainer-'));
  copies.add(root);
  for (const name of PROJECT_FILES) {
    await cp(path.join(repoRoot, name), path.join(root, name), { recursive: true });
  }
  await mkdir(path.join(root, 'node_modules'));
  for (const entry of await readdir(path.join(repoRoot, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    await symlink(path.join(repoRoot, 'node_modules', entry), path.join(root, 'node_modules', entry));
  }
  return root;
}

export interface BuildResult {
  /** The exit code of `astro build`. */
  code: number;
  /** Everything the build printed, stdout and stderr together. */
  output: string;
  /** The folder the site was written to. */
  outDir: string;
}

export interface BuildOptions {
  /** Extra environment, e.g. SITE, BASE or SEEDS_DIR. */
  env?: Record<string, string>;
  /** Build as `npm run build` does (scripts/build.ts) instead of calling `astro build` directly. */
  viaBuildScript?: boolean;
  /** Node's flags for `astro build`; TEST_BUILD_NODE_FLAGS unless given (the bench gives none). */
  nodeFlags?: readonly string[];
}

/**
 * The environment without what Vitest adds to it: Vitest sets BASE_URL, MODE
 * and the like in process.env, and Vite would take BASE_URL over the base.
 * Upstream: https://github.com/vitest-dev/vitest/issues/7410
 */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const vitestKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')),
  );
}

/**
 * Node flags for the builds the tests run. A test build lasts two or three
 * seconds, too short for V8's optimizing compiler (TurboFan) to pay for the
 * CPU it spends: capped at its mid tier (Maglev), a cold build takes about a
 * sixth less CPU and writes the same bytes. `npm run build` runs as it is,
 * and so do the bench's builds, which measure what editors wait for.
 */
export const TEST_BUILD_NODE_FLAGS = ['--max-opt=2'];

/**
 * Runs `astro build` in `root`, writing the site to `<root>/dist`. With
 * EXPLAINER_BUILD_LOG set to a file, each build appends one line to it, so a
 * run's builds can be counted (`wc -l`).
 */
export async function buildProject(root: string, options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = path.join(root, 'dist');
  const log = process.env['EXPLAINER_BUILD_LOG'];
  if (log)
    await appendFile(log, `${new Date().toISOString()} astro build ${root} ${JSON.stringify(options.env ?? {})}\n`);
  const astro = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // `npm run build` runs scripts/build.ts, which writes dist/ all or nothing.
  const command = options.viaBuildScript
    ? [path.join(root, 'scripts', 'build.ts')]
    : [...(options.nodeFlags ?? TEST_BUILD_NODE_FLAGS), astro, 'build', '--outDir', outDir];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, {
      cwd: root,
      env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output, outDir }));
  });
}

/** A fresh copy of the project, built; the build must succeed. */
export async function buildCopy(options: BuildOptions = {}): Promise<BuildResult & { root: string }> {
  const root = await copyProject();
  const result = await buildProject(root, options);
  if (result.code !== 0) {
    throw new Error(`astro build failed (exit ${result.code}):\n${result.output}`);
  }
  return { ...result, root };
}

/** A change to one file: its new text from its old text. */
export type Edit = (text: string) => string;

/**
 * Builds a fresh copy of the project after changing some of its files
 * (paths relative to the project). Each edit must change its file, so a
 * test can never pass because an edit silently matched nothing.
 */
export async function buildWithEdits(
  edits: Readonly<Record<string, Edit>>,
  options: BuildOptions & { prepare?: (root: string) => Promise<void> } = {},
): Promise<BuildResult & { root: string }> {
  const root = await copyProject();
  await options.prepare?.(root);
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(root, file);
    const before = await readFile(target, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${file} changed nothing`);
    await writeFile(target, after);
  }
  return { ...(await buildProject(root, options)), root };
}
