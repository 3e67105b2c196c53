/**
 * The HTML validity gate: the W3C Nu HTML Checker (Java) over every page of
 * the build, and over a page with a defect planted on purpose, which it must
 * catch (a gate that passes everything proves nothing). One run of the
 * checker reads both. In the browser tier, with the other gates that need a
 * program beside Node.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { validateHtml, type HtmlError } from '../helpers/gates/html-validity';

const dist = inject('dist');
const PLANTED = {
  file: 'bad-nesting/index.html',
  html: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Planted</title></head><body><main><h1>Planted</h1><ul><div>not a list item</div></ul></main></body></html>',
};

let planted: string;
let errors: HtmlError[];

beforeAll(async () => {
  planted = await mkdtemp(path.join(tmpdir(), 'planted-html-'));
  await mkdir(path.join(planted, path.dirname(PLANTED.file)));
  await writeFile(path.join(planted, PLANTED.file), PLANTED.html);
  errors = await validateHtml({ root: dist }, { root: planted });
});

afterAll(async () => {
  if (planted) await rm(planted, { recursive: true, force: true });
});

test('every page passes the Nu HTML Checker with 0 errors', () => {
  // Every error not of the planted page counts against the site.
  expect(errors.filter((error) => error.root !== planted)).toEqual([]);
});

test('the HTML gate catches invalid nesting (planted)', () => {
  expect(errors.filter((error) => error.root === planted)).toEqual([
    {
      root: planted,
      file: PLANTED.file,
      line: 1,
      message:
        'Element “div” not allowed as child of element “ul” in this context. (Suppressing further errors from this subtree.)',
    },
  ]);
});
