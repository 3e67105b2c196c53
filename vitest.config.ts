import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/** What the tiers that read a built site share: the build made once per run, copies removed after each file. */
const withBuiltSite = {
  globalSetup: ['tests/global-setup.ts'],
  setupFiles: ['tests/setup-built-site.ts'],
  // As in the unit tier: a worker is reused for the next file rather than
  // started afresh. Each file starts and closes its own builds, servers and browser.
  isolate: false,
  // Real builds take seconds each on a 2-core machine.
  testTimeout: 120_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  test: {
    // One file per core, not Vitest's default of one fewer: most files spend their
    // time waiting for a child process (a build, a dev server, Chromium, Java).
    maxWorkers: availableParallelism(),
    projects: [
      // Pure functions, schemas and plugins: no build, no browser. Astro's Vite
      // config lets the schemas import `reference()` from `astro:content`.
      getViteConfig({
        test: {
          name: 'unit',
          // First, and alone: the site the other tiers read is built meanwhile (tests/global-setup.ts).
          sequence: { groupOrder: 0 },
          include: ['tests/unit/**/*.test.ts', 'tests/gates/deploy-config.test.ts'],
          // Workers are reused across files instead of started afresh for each: these tests
          // are pure and mock nothing, and it nearly halves the tier's time on two cores.
          // A test that mocks modules or changes global state must undo it (vi.restoreAllMocks).
          isolate: false,
        },
      }),
      // Real `astro build` runs, and tests that read the built site.
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/gates/static-gates.test.ts'],
          ...withBuiltSite,
          // After the unit tier, which runs while the global setup builds the site.
          sequence: { groupOrder: 1 },
        },
      },
      // Real Chromium (axe, keyboard, requests) and the Nu HTML checker.
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts', 'tests/gates/html-validity.test.ts'],
          ...withBuiltSite,
          // Last, once the build tier has made most of the run's builds: Chromium's pages
          // then never wait behind a build, and the dev-server test, which mostly waits,
          // runs beside the axe runs. In six paired runs this took 1.4 s less on average.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
