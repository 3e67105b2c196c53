/**
 * `npm run build` writes dist/ all or nothing: a build that crashes while
 * rendering pages leaves the previous site untouched, with no staging folder
 * and no `.prerender/` server chunks anywhere a deployer would upload.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildProject, copyProject, type BuildResult } from '../helpers/project';

let root: string;
let result: BuildResult;

beforeAll(async () => {
  root = await copyProject();
  await mkdir(path.join(root, 'dist'));
  await writeFile(path.join(root, 'dist', 'index.html'), 'the previous, complete site');
  // A page that throws while it is rendered: the build has written other pages by then.
  await writeFile(
    path.join(root, 'src', 'pages', 'zz-crash.astro'),
    "---\nthrow new Error('planted crash while rendering');\n---\n",
  );
  result = await buildProject(root, { viaBuildScript: true });
});

test('the build fails and says that dist/ was left as it was', () => {
  expect(result.code).not.toBe(0);
  expect(result.output).toContain('planted crash while rendering');
  expect(result.output).toContain('dist/ was left as it was before this build.');
});

test('the previous dist/ is untouched, and no staging folder or .prerender/ remains', async () => {
  expect(await readdir(path.join(root, 'dist'), { recursive: true })).toEqual(['index.html']);
  expect(await readFile(path.join(root, 'dist', 'index.html'), 'utf8')).toBe('the previous, complete site');
  expect((await readdir(root)).filter((name) => name.includes('dist'))).toEqual(['dist']);
});
