import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { checkLinks } from '../helpers/gates/links';
import { all, one, readPage } from '../helpers/html';
import { buildCopy, buildProject } from '../helpers/project';
import { readHeadersFile } from '../helpers/serve';
import { SUB_PATH, subPathBuild } from '../helpers/shared-builds';

const dist = inject('dist');
const SITE = 'https://example.org';

async function htmlPages(root: string) {
  return (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
}

describe('links', () => {
  test('at base "/": no broken link, missing anchor or missing asset', async () => {
    expect(await checkLinks(dist, { base: '/', site: SITE })).toEqual([]);
  });

  test('at base "/explainer/": every internal URL stays under the base and resolves', async () => {
    const { outDir } = await subPathBuild();
    expect(await checkLinks(outDir, { base: SUB_PATH.base, site: SUB_PATH.site })).toEqual([]);
    const home = await readPage(outDir, 'index.html');
    const stylesheet = one(home, 'link[rel="stylesheet"]').properties['href'];
    expect(String(stylesheet)).toMatch(/^\/explainer\/_astro\//);
  });

  test('outbound links carry rel="noopener noreferrer"', async () => {
    for (const file of await htmlPages(dist)) {
      for (const link of all(await readPage(dist, file), 'a[href^="http"]')) {
        if (String(link.properties['href']).startsWith(SITE)) continue;
        expect(link.properties['rel'], `${file}: ${link.properties['href']}`).toEqual(['noopener', 'noreferrer']);
      }
    }
  });
});

/** A second build of the repository, in a copy whose content cache the rebuild below starts from. */
let secondBuild: ReturnType<typeof buildCopy> | undefined;
const buildAgain = () => (secondBuild ??= buildCopy());

describe('determinism', () => {
  test('two builds of the same tree are byte-identical', async () => {
    const { outDir } = await buildAgain();
    const digest = async (root: string) => {
      const files = (await readdir(root, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
        .sort();
      return Promise.all(
        files.map(async (file) => [
          file,
          createHash('sha256')
            .update(await readFile(path.join(root, file)))
            .digest('hex'),
        ]),
      );
    };
    expect(await digest(outDir)).toEqual(await digest(dist));
  });
});

describe('a rebuild after an edit, with the content cache of the build before', () => {
  test('a sources.yaml that no longer parses fails with its line, column and reason, not with the cached bibliography', async () => {
    const { root } = await buildAgain();
    // The build before left the bibliography in the content cache…
    const store = await readFile(path.join(root, 'node_modules', '.astro', 'data-store.json'), 'utf8');
    expect(store).toContain('india-today-2025-09-25');
    // …and now a value with ": " in it, unquoted, breaks the YAML.
    const sources = path.join(root, 'content', 'sources.yaml');
    const before = await readFile(sources, 'utf8');
    await writeFile(sources, before.replace('  publisher: OfficeChai\n', '  publisher: OfficeChai: the site\n'));
    const line = before.slice(0, before.indexOf('  publisher: OfficeChai\n')).split('\n').length;
    const { code, output } = await buildProject(root);
    expect(code).not.toBe(0);
    expect(output).toContain(
      `content/sources.yaml:${line}:14: the YAML does not parse: Nested mappings are not allowed in compact mappings. A value that holds ": " must be in quotes; nothing in content/sources.yaml is published until the whole file parses.`,
    );
    // The one error: no reference fails for want of a bibliography.
    expect(output).not.toContain('refers to');
  });
});

describe('security headers', () => {
  test('every page carries a Content-Security-Policy meta without unsafe-inline scripts', async () => {
    for (const file of await htmlPages(dist)) {
      const csp = String(
        one(await readPage(dist, file), 'meta[http-equiv="content-security-policy"]').properties['content'],
      );
      expect(csp, file).toMatch(/default-src 'self'/);
      expect(csp, file).toMatch(/object-src 'none'/);
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc, file).not.toContain('unsafe-inline');
    }
  });

  test('_headers sets the same CSP (plus frame-ancestors), nosniff and a referrer policy', async () => {
    const headers = readHeadersFile(dist);
    const meta = String(
      one(await readPage(dist, 'index.html'), 'meta[http-equiv="content-security-policy"]').properties['content'],
    );
    expect(headers['Content-Security-Policy']).toBe(`${meta}; frame-ancestors 'none'`);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });
});
