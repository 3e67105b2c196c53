/**
 * Builds the site once per test run, from a copy of the project, and hands
 * the output folder to the tests as `dist`.
 */
import type { TestProject } from 'vitest/node';
import { buildCopy, removeCopies } from './helpers/project';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site of the repository as it is. */
    dist: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { outDir } = await buildCopy();
  project.provide('dist', outDir);
  return removeCopies;
}
