import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup-cleanup.ts'],
    // Real builds take seconds each on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
