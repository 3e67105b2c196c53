/**
 * What `astro dev` shows of content that does not load
 * (src/loaders/content-problems.ts): a file's problem stands exactly while
 * the file holds the text that failed, whatever order its loads end in.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  contentProblems,
  isReportedElsewhere,
  reportContentProblem,
  reportFileProblem,
} from '../../src/loaders/content-problems';

const FILE = 'content/companies/acme.md';
const BROKEN = '---\nname: [Acme\n---\n';
let folder: string;
let absolute: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'explainer-problems-'));
  absolute = path.join(folder, 'acme.md');
});

afterEach(async () => {
  // The record is shared by the whole process: leave none behind.
  await rm(folder, { recursive: true, force: true });
  reportContentProblem('companies');
  expect(contentProblems()).toEqual([]);
});

test('a file’s problem shows while the file holds the text that failed', async () => {
  await writeFile(absolute, BROKEN);
  reportFileProblem(FILE, absolute, BROKEN, new Error('missed comma between flow collection entries'));
  expect(contentProblems()).toEqual([`${FILE}: missed comma between flow collection entries`]);
  await writeFile(absolute, '---\nname: Acme\n---\n');
  expect(contentProblems()).toEqual([]);
});

test('a load that read the file half written and ended last hides nothing and shows nothing', async () => {
  await writeFile(absolute, '---\nname: Acme\n---\n');
  reportFileProblem(FILE, absolute, '', new Error('missing field `name`'));
  expect(contentProblems()).toEqual([]);
});

test('a collection that did not load for a file’s problem says it once', async () => {
  await writeFile(absolute, BROKEN);
  const error = new Error('companies → acme data does not match collection schema.');
  reportFileProblem(FILE, absolute, BROKEN, error);
  expect(isReportedElsewhere('companies', error)).toBe(true);
  expect(isReportedElsewhere('companies', new Error('another problem'))).toBe(false);
});
