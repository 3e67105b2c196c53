/**
 * All-or-nothing output: a build writes into a staging folder beside the
 * output folder, and only a build that finished replaces the output. A build
 * that fails half-way (a crash while rendering pages) would otherwise leave
 * a `dist/` that looks complete to a deployer: some pages, no index.html,
 * and Astro's `.prerender/` folder with server chunks and absolute paths.
 */
import { access, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** What a build leaves only while it runs; never part of a published site. */
export const BUILD_LEFTOVERS = ['.prerender'];

const exists = (target: string) =>
  access(target).then(
    () => true,
    () => false,
  );

/**
 * Runs `build` into a staging folder and, if it succeeds, swaps the result in
 * as `outDir`. If it fails, the staging folder is removed and `outDir` is left
 * exactly as it was (or absent, if there was none); the error is rethrown.
 */
export async function publishAtomically(outDir: string, build: (stagingDir: string) => Promise<void>): Promise<void> {
  const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}-staging`);
  const previous = path.join(path.dirname(outDir), `.${path.basename(outDir)}-previous`);
  // A build killed outright (SIGKILL) cannot clean up after itself: do it now.
  await Promise.all([staging, previous].map((folder) => rm(folder, { recursive: true, force: true })));
  try {
    await build(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await Promise.all(BUILD_LEFTOVERS.map((name) => rm(path.join(staging, name), { recursive: true, force: true })));
  const hadPrevious = await exists(outDir);
  if (hadPrevious) await rename(outDir, previous);
  await rename(staging, outDir);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
