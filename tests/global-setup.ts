/**
 * Builds the site once per test run, from a copy of the project, and hands
 * the output folder to the tests as `dist`. Only the tiers that read a built
 * site (build, browser) declare this setup; the unit tier never waits for it.
 *
 * The setup starts the build and returns without waiting for it: Vitest runs
 * every project's global setup before any test, so waiting here would keep
 * the unit tier from running while the site builds. The unit tier runs first
 * (`sequence.groupOrder` in vitest.config.ts) and the build and browser tiers'
 * setup file (tests/setup-built-site.ts) waits for the build before each file.
 *
 * Vitest runs a project's global setup once per project, all of them in
 * this one process before any test: the first call builds, the others reuse
 * that build through `globalThis`, so a run of every tier still builds once.
 * The browser tier's setup also starts the Chromium its files connect to.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from './helpers/browser';
import { MAIN_BUILD, recordBuild } from './helpers/build-results';
import { buildProject, copyProject, removeCopies } from './helpers/project';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * The built site of the repository as it is, built with SITE unset. It is being
     * written when tests start: helpers/shared-builds.ts `mainBuild()` waits for it.
     */
    dist: string;
    /** A folder for the builds test files share, made on first use (see helpers/shared-builds.ts). */
    sharedBuilds: string;
    /** Where the browser tier's files connect to the run's Chromium (helpers/built-site-in-chromium.ts). */
    chromiumEndpoint: string;
  }
}

interface RunBuilds {
  dist: Promise<string>;
  sharedBuilds: Promise<string>;
  /** Resolves once the main build has stopped, whether it built or not; never rejects. */
  mainBuildStopped: Promise<void>;
  /** Deletes both, once, after the last project's tests. */
  remove: () => Promise<void>;
}

const KEY = Symbol.for('explainer.test-run-builds');
const shared = globalThis as { [KEY]?: RunBuilds };

function startRunBuilds(): RunBuilds {
  const sharedBuilds = mkdtemp(path.join(tmpdir(), 'explainer-shared-'));
  let removed: Promise<void> | undefined;
  const root = copyProject();
  const mainBuildStopped = Promise.all([root, sharedBuilds])
    .then(([projectRoot, folder]) =>
      recordBuild(folder, MAIN_BUILD, async () => {
        // SITE empty as if unset, whatever the shell says: the tests expect the placeholder host and its warning.
        const { code, output, outDir } = await buildProject(projectRoot, { env: { SITE: '' } });
        if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output}`);
        return { outDir, output };
      }),
    )
    // A copy or folder that could not be made fails the setup through `dist` or `sharedBuilds`.
    .catch(() => undefined);
  return {
    dist: root.then((projectRoot) => path.join(projectRoot, 'dist')),
    sharedBuilds,
    mainBuildStopped,
    remove: () =>
      (removed ??= Promise.all([removeCopies(), sharedBuilds.then((folder) => rm(folder, { recursive: true }))]).then(
        () => undefined,
      )),
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const builds = (shared[KEY] ??= startRunBuilds());
  // One Chromium for every file of the browser tier, started while the site builds.
  const chromium: Promise<BrowserServer | undefined> =
    project.name === 'browser' ? launchChromiumServer() : Promise.resolve(undefined);
  const teardown = async () => {
    // The build must stop writing to its copy before the copy is deleted.
    await builds.mainBuildStopped;
    await Promise.all([
      builds.remove(),
      chromium.then(
        (server) => server?.close(),
        () => undefined,
      ),
    ]);
  };
  try {
    const server = await chromium;
    if (server) project.provide('chromiumEndpoint', server.wsEndpoint());
    project.provide('dist', await builds.dist);
    project.provide('sharedBuilds', await builds.sharedBuilds);
  } catch (error) {
    // Vitest registers no teardown for a setup that throws: clean up here
    // (Chromium can fail while the site still builds).
    await teardown();
    throw error;
  }
  return teardown;
}
