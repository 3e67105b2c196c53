/**
 * `npm run check`: the type check, the linter and the formatter's check, run
 * side by side. The type check and ESLint start once `astro sync` has written
 * the types of `astro:content` (.astro/), which both read: on a fresh clone
 * ESLint would otherwise see those modules as errors. Prettier reads no types
 * and runs while sync does.
 * Running the three one after the other only made the editor wait for the
 * sum of them. Each tool's output is printed whole, once it ends, in the
 * order below; the check fails when any of them fails.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

const SYNC = { name: 'astro sync', command: bin('astro'), args: ['sync'] };
const TYPED_CHECKS = [
  // Synced just before: its own sync would be done twice.
  { name: 'astro check', command: bin('astro'), args: ['check', '--noSync'] },
  { name: 'eslint', command: bin('eslint'), args: ['.', '--max-warnings', '0'] },
];
// Prettier's cache (node_modules/.cache/prettier) keys each file on its content, the options
// and Prettier's version, and a file's format depends on nothing else: a run reads what changed.
const PRETTIER = { name: 'prettier', command: bin('prettier'), args: ['--check', '--cache', '.'] };

interface Outcome {
  name: string;
  ok: boolean;
  output: string;
}

function run({ name, command, args }: typeof SYNC): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ name, ok: false, output: `${output}${error.message}\n` }));
    child.on('close', (code) => resolve({ name, ok: code === 0, output }));
  });
}

const prettier = run(PRETTIER);
const sync = await run(SYNC);
const outcomes = [...(sync.ok ? await Promise.all(TYPED_CHECKS.map(run)) : [sync]), await prettier];
for (const { name, ok, output } of outcomes) {
  process.stdout.write(`\n── ${name}: ${ok ? 'passed' : 'FAILED'}\n${output}`);
}
const failed = outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.name);
if (failed.length > 0) {
  console.error(`\nnpm run check failed: ${failed.join(', ')} (see its output above).`);
  process.exitCode = 1;
}
