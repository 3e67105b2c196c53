/**
 * A build's outcome, handed between the processes of a test run as a file:
 * the process that builds writes `<name>.json` in the run's shared folder
 * once the build has stopped, and any test file waits for that file. The
 * global setup (the main build) and helpers/shared-builds.ts use it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface SharedBuild {
  /** The built site. */
  outDir: string;
  /** Everything the build printed. */
  output: string;
}

/** The name of the run's main build, which the global setup starts (tests/global-setup.ts). */
export const MAIN_BUILD = 'main';

/** How long a file waits for a build made elsewhere before it gives up. */
const WAIT_MS = 170_000;

const resultFile = (folder: string, name: string) => path.join(folder, `${name}.json`);

/**
 * Runs `build` and writes its outcome. A build that throws is written too,
 * as its error, so the files waiting for it fail with the reason instead of
 * a timeout.
 */
export async function recordBuild(folder: string, name: string, build: () => Promise<SharedBuild>): Promise<void> {
  let result: SharedBuild | { error: string };
  try {
    result = await build();
  } catch (error) {
    result = { error: error instanceof Error ? error.message : String(error) };
  }
  await writeFile(resultFile(folder, name), JSON.stringify(result));
}

/** The build called `name` once it is written; it fails with the build's error. */
export async function waitForBuild(folder: string, name: string): Promise<SharedBuild> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const text = await readFile(resultFile(folder, name), 'utf8').catch(() => undefined);
    if (text !== undefined) {
      const result = JSON.parse(text) as SharedBuild | { error: string };
      if ('error' in result) throw new Error(`build "${name}": ${result.error}`);
      return result;
    }
    if (Date.now() > deadline) throw new Error(`build "${name}" was not ready after ${WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
