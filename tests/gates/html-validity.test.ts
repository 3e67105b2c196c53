/**
 * The HTML validity gate on the real site: the W3C Nu HTML Checker (Java)
 * over every page of the build. In the browser tier, with the other gates
 * that need a program beside Node.
 */
import { expect, inject, test } from 'vitest';
import { validateHtml } from '../helpers/gates/html-validity';

test('every page passes the Nu HTML Checker with 0 errors', async () => {
  expect(await validateHtml(inject('dist'))).toEqual([]);
});
