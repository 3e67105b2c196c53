/**
 * Runs before each file of the build and browser tiers. The main build
 * (tests/global-setup.ts) is still running when the first files start; they
 * wait for it here, so a test may read `inject('dist')` at once.
 */
import { afterAll } from 'vitest';
import { removeCopies } from './helpers/project';
import { mainBuild } from './helpers/shared-builds';

await mainBuild();

// Each test file deletes the project copies it built.
afterAll(removeCopies);
