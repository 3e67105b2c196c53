/**
 * `npm run build`: `astro build` with all-or-nothing output (see
 * atomic-output.ts). `dist/` changes only when the whole site was built.
 * Extra arguments go to `astro build`, e.g. `npm run build -- --verbose`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishAtomically } from './atomic-output.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const outDir = path.join(root, 'dist');

function astroBuild(stagingDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', stagingDir, ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('close', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`astro build failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

try {
  await publishAtomically(outDir, astroBuild);
} catch (error) {
  console.error(
    `\n${error instanceof Error ? error.message : String(error)}: dist/ was left as it was before this build.`,
  );
  process.exitCode = 1;
}
