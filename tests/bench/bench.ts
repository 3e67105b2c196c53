/**
 * `npm run bench`: builds the site and prints its figures — per page weight,
 * requests, JavaScript, CSS and page-to-text ratio; build time; the marginal
 * cost of a seed; Lighthouse scores — and exits non-zero when a budget is
 * broken. Figures are printed, never asserted in a timed test.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../helpers/browser.ts';
import { sitePages } from '../helpers/pages.ts';
import { buildProject, copyProject, removeCopies, repoRoot } from '../helpers/project.ts';
import { serveSite } from '../helpers/serve.ts';

const BUDGET = {
  pageBytes: 30 * 1024,
  requests: 3,
  jsBytes: 3 * 1024,
  textRatio: 2.5,
  /** The ratio budget holds for reading pages; a 404 or a short list is all chrome by nature. */
  textRatioMinChars: 2000,
  marginalMsPerSeed: 10,
  lighthouse: 95,
};

const failures: string[] = [];
const check = (ok: boolean, message: string) => {
  if (!ok) failures.push(message);
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (content: string | Buffer) => gzipSync(content).length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Text a reader sees: the body without scripts, styles and templates. */
function visibleText(tree: Root): string {
  const strip = (node: Root | Element) => {
    node.children = node.children.filter(
      (child: RootContent) =>
        !(child.type === 'element' && ['script', 'style', 'template', 'noscript'].includes(child.tagName)),
    );
    for (const child of node.children) if (child.type === 'element') strip(child);
  };
  const body = selectAll('body', tree)[0];
  if (!body) return '';
  strip(body);
  return toString(body).replace(/\s+/g, ' ').trim();
}

async function timedBuild(root: string, env: Record<string, string> = {}): Promise<number> {
  const start = performance.now();
  const result = await buildProject(root, { env });
  if (result.code !== 0) throw new Error(`build failed:\n${result.output}`);
  return performance.now() - start;
}

async function pageWeights(dist: string) {
  console.log('\nPer page (gzip)');
  console.log('page                                          total     html      css      js   requests  ratio');
  for (const page of await sitePages(dist)) {
    const file = page.endsWith('.html') ? page : `${page}index.html`;
    const html = await readFile(path.join(dist, file));
    const tree = fromHtml(html.toString('utf8'));
    const resources = new Set<string>();
    for (const element of selectAll('link[rel~="stylesheet"], script[src], img[src]', tree)) {
      resources.add(String(element.properties['href'] ?? element.properties['src']));
    }
    // A browser fetches one of the icons it is offered (the SVG where it can), not all of them.
    const icon = String(selectAll('link[rel~="icon"]', tree)[0]?.properties['href'] ?? 'data:');
    if (!icon.startsWith('data:')) resources.add(icon);
    let cssBytes = 0;
    // JSON-LD blocks are data, not JavaScript: only scripts a browser would run count.
    const runnable = selectAll('script:not([src])', tree).filter((script) => {
      const type = String(script.properties['type'] ?? '');
      return type === '' || type === 'module' || type.includes('javascript');
    });
    let jsBytes = runnable.reduce((sum, script) => sum + gzipSize(toString(script)), 0);
    let otherBytes = 0;
    for (const resource of resources) {
      const content = await readFile(path.join(dist, resource.replace(/^\//, '')));
      if (resource.endsWith('.css')) cssBytes += gzipSize(content);
      else if (resource.endsWith('.js')) jsBytes += gzipSize(content);
      else otherBytes += gzipSize(content);
    }
    const htmlBytes = gzipSize(html);
    const total = htmlBytes + cssBytes + jsBytes + otherBytes;
    const requests = 1 + resources.size;
    const text = visibleText(tree);
    const ratio = total / gzipSize(text);
    const ratioApplies = text.length >= BUDGET.textRatioMinChars;
    console.log(
      `${(page || '/').slice(0, 44).padEnd(44)} ${kb(total).padStart(8)} ${kb(htmlBytes).padStart(8)} ${kb(cssBytes).padStart(8)} ${kb(jsBytes).padStart(7)} ${String(requests).padStart(8)} ${ratio.toFixed(2).padStart(6)}${ratioApplies ? '' : ' (short page: no ratio budget)'}`,
    );
    check(total <= BUDGET.pageBytes, `${page || '/'}: ${kb(total)} is over ${kb(BUDGET.pageBytes)}`);
    check(requests <= BUDGET.requests, `${page || '/'}: ${requests} requests, budget ${BUDGET.requests}`);
    check(jsBytes <= BUDGET.jsBytes, `${page || '/'}: ${kb(jsBytes)} of JavaScript, budget ${kb(BUDGET.jsBytes)}`);
    check(
      !ratioApplies || ratio <= BUDGET.textRatio,
      `${page || '/'}: page-to-text ratio ${ratio.toFixed(2)}, budget ${BUDGET.textRatio}`,
    );
  }
}

/** A folder with the repository's seeds (their sidecars refer to them) plus `count` generated ones. */
async function generateSeeds(count: number): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'bench-seeds-'));
  await mkdir(folder, { recursive: true });
  await cp(path.join(repoRoot, 'seeds'), folder, { recursive: true });
  for (let index = 1; index <= count; index++) {
    const paragraphs = Array.from(
      { length: 5 },
      (_, p) =>
        `Paragraph ${p + 1} of generated story ${index}, which is worth $${index} billion and says “quoted words ${index}”.`,
    );
    await writeFile(
      path.join(folder, `${String(index).padStart(5, '0')}.txt`),
      `Generated Story ${index}\n\n${paragraphs.join('\n\n')}\n\nPosted in Bench\n`,
    );
  }
  return folder;
}

async function scaling() {
  console.log('\nScaling (one build each: the repository’s seeds plus N generated ones)');
  const times = new Map<number, number>();
  for (const count of [1, 100, 1000]) {
    const folder = await generateSeeds(count);
    const root = await copyProject();
    times.set(count, await timedBuild(root, { SEEDS_DIR: folder }));
    console.log(`  ${String(count).padStart(5)} seeds: ${(times.get(count)! / 1000).toFixed(2)} s`);
    await rm(folder, { recursive: true, force: true });
  }
  const marginal = (times.get(1000)! - times.get(1)!) / 999;
  console.log(`  marginal cost: ${marginal.toFixed(2)} ms per seed`);
  check(
    marginal <= BUDGET.marginalMsPerSeed,
    `marginal cost ${marginal.toFixed(2)} ms per seed, budget ${BUDGET.marginalMsPerSeed}`,
  );
}

async function lighthouseScores(dist: string) {
  console.log('\nLighthouse (mobile, Debian Chromium)');
  const site = await serveSite(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    for (const page of await sitePages(dist)) {
      const result = await lighthouse(site.url + page, { port: chrome.port, logLevel: 'error', output: 'json' });
      const categories = result?.lhr.categories ?? {};
      const scores = Object.fromEntries(
        Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
      );
      console.log(`  ${(page || '/').slice(0, 44).padEnd(44)} ${JSON.stringify(scores)}`);
      for (const [id, score] of Object.entries(scores)) {
        check(score >= BUDGET.lighthouse, `${page || '/'}: Lighthouse ${id} ${score}, budget ${BUDGET.lighthouse}`);
      }
    }
  } finally {
    chrome.kill();
    await site.close();
  }
}

async function main() {
  console.log('Build time (3 builds of the repository, each in a fresh copy)');
  const times: number[] = [];
  let dist = '';
  for (let run = 0; run < 3; run++) {
    const root = await copyProject();
    times.push(await timedBuild(root));
    dist = path.join(root, 'dist');
  }
  console.log(
    `  ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')}; median ${(median(times) / 1000).toFixed(2)} s`,
  );
  await pageWeights(dist);
  await lighthouseScores(dist);
  await scaling();
  await removeCopies();
  if (failures.length > 0) {
    console.error(`\nBudgets broken:\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll budgets hold.');
  }
}

await main();
