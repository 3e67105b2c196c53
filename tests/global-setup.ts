/**
 * Builds the site once per test run, from a copy of the project, and hands
 * the output folder to the tests as `dist`. Only the tiers that read a built
 * site (build, browser) declare this setup; the unit tier never waits for it.
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
import { buildCopy, removeCopies } from './helpers/project';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site of the repository as it is, built with SITE unset. */
    dist: string;
    /** Everything that build printed. */
    distOutput: string;
    /** A folder for the builds test files share, made on first use (see helpers/shared-builds.ts). */
    sharedBuilds: string;
    /** Where the browser tier's files connect to the run's Chromium (helpers/built-site-in-chromium.ts). */
    chromiumEndpoint: string;
  }
}

interface RunBuilds {
  dist: Promise<string>;
  distOutput: Promise<string>;
  sharedBuilds: Promise<string>;
  /** Deletes both, once, after the last project's tests. */
  remove: () => Promise<void>;
}

const KEY = Symbol.for('explainer.test-run-builds');
const shared = globalThis as { [KEY]?: RunBuilds };

function startRunBuilds(): RunBuilds {
  const sharedBuilds = mkdtemp(path.join(tmpdir(), 'explainer-shared-'));
  let removed: Promise<void> | undefined;
  // SITE empty as if unset, whatever the shell says: the tests expect the placeholder host and its warning.
  const main = buildCopy({ env: { SITE: '' } });
  return {
    dist: main.then(({ outDir }) => outDir),
    distOutput: main.then(({ output }) => output),
    sharedBuilds,
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
    project.provide('distOutput', await builds.distOutput);
    project.provide('sharedBuilds', await builds.sharedBuilds);
  } catch (error) {
    // Vitest registers no teardown for a setup that throws: clean up here, once the build
    // has stopped writing to its copy (Chromium can fail while the site still builds).
    await builds.dist.catch(() => undefined);
    await teardown();
    throw error;
  }
  return teardown;
}
