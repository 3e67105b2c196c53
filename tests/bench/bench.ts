/**
 * `npm run bench`: builds the site and prints its figures — per page weight,
 * requests, JavaScript, CSS and page-to-text ratio; build time against a bare
 * Astro site; the marginal cost of a seed; Lighthouse scores; scale (1,000
 * seeds, one 5 MB seed: time and peak memory, tests/bench/scale.ts) — and exits
 * non-zero when a budget is broken. Figures are printed, never asserted in a
 * timed test.
 *
 * Each build of `astro build` runs in a child process and is timed twice: the
 * wall-clock time, the editor's wait, and the CPU time the process spent.
 * Other work on a shared machine stretches the first far more than the second
 * (a build waiting for a core is not working), so the budgets hold the CPU
 * time and the wall-clock time is printed beside it. Every figure is the
 * median of 3, and the project is always timed next to the bare site, in
 * alternating order, and judged by the ratio of the two.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { fullChromiumPath, launchFullChromium } from '../helpers/browser.ts';
import { sitePages } from '../helpers/pages.ts';
import { buildProject, copyProject, removeCopies, repoRoot } from '../helpers/project.ts';
import { serveSite } from '../helpers/serve.ts';
import { benchScale } from './scale.ts';

const BUDGET = {
  pageBytes: 30 * 1024,
  requests: 2,
  jsBytes: 3 * 1024,
  textRatio: 2.0,
  /**
   * The ratio budget holds for reading pages: an explainer or an article, at /<slug>/, with
   * this much text. A 404 or a short list is all chrome by nature, and on a story's list of
   * sources (/<slug>/sources/) the addresses of the links are what a reader came for.
   */
  textRatioMinChars: 2000,
  /** The project's rebuild time over the bare site's, in CPU time (see bareSite and timeRebuild). */
  buildRatio: 1.5,
  /** What one more plain seed adds to a build, in milliseconds of CPU time. */
  marginalMsPerSeed: 3,
  lighthouse: 100,
  /**
   * The explainer's height with every disclosure closed, in CSS pixels: half
   * of what it was when everything was shown at once (23,854 px at 1280 px,
   * 34,884 px at 375 px).
   */
  explainerHeight: { 1280: 11_927, 375: 17_442 },
  /** The verdict card and the exchange's first post start within this many screen heights. */
  screensToVerdicts: { 1280: 2, 375: 3 },
};

/** The widths the layout is measured at, with the screen height of each. */
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 375, height: 800 },
  { width: 320, height: 800 },
] as const;

/** Builds of each kind timed for each figure; the figure is their median. */
const RUNS = 3;

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

/** How long a build took, in milliseconds. */
interface Timing {
  /** Wall-clock time: what the editor waits. */
  wall: number;
  /** CPU time of the build's process, all its threads, user and system. */
  cpu: number;
}

/**
 * A module every build process loads first (through NODE_OPTIONS): on exit it
 * adds the process's CPU time to the file BENCH_CPU_FILE names, a line per
 * process, so a build that starts Node processes of its own counts them too.
 */
const CPU_REPORTER = `import { appendFileSync } from 'node:fs';
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  appendFileSync(process.env.BENCH_CPU_FILE, \`\${(user + system) / 1000}\\n\`);
});
`;
let scratch: string | undefined;

async function timedBuild(root: string, env: Record<string, string> = {}): Promise<Timing> {
  scratch ??= await mkdtemp(path.join(tmpdir(), 'bench-cpu-'));
  const reporter = path.join(scratch, 'cpu-reporter.mjs');
  await writeFile(reporter, CPU_REPORTER);
  const cpuFile = path.join(scratch, `cpu-${path.basename(root)}.txt`);
  await rm(cpuFile, { force: true });
  const start = performance.now();
  const result = await buildProject(root, {
    env: { ...env, NODE_OPTIONS: `--import=${pathToFileURL(reporter).href}`, BENCH_CPU_FILE: cpuFile },
    // As editors and deployers run it, without the flags that make the tests' builds cheaper.
    nodeFlags: [],
  });
  const wall = performance.now() - start;
  if (result.code !== 0) throw new Error(`build failed:\n${result.output}`);
  const cpu = (await readFile(cpuFile, 'utf8'))
    .trim()
    .split('\n')
    .reduce((sum, line) => sum + Number(line), 0);
  return { wall, cpu };
}

/**
 * The yardstick: a bare Astro site, made in a temporary folder, that publishes
 * the same seeds — what any Astro site pays to turn the seed files into pages.
 * It is the official `minimal` template (package.json, tsconfig.json, an
 * astro.config.mjs with no option) with the same Astro from the repository's
 * node_modules, plus the least code that publishes a seed: a content loader
 * that reads `seeds/*.txt` (or SEEDS_DIR, like the project) and splits each
 * into a title and paragraphs, and one page per seed that prints them. No
 * checks, no layout, no styles, no share images, no sitemap, no feeds: the
 * ratio of the two build times is the price of everything the project adds.
 */
async function bareSite(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'bench-bare-'));
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'bench-bare-site', private: true, type: 'module' }),
    'tsconfig.json': JSON.stringify({
      extends: 'astro/tsconfigs/strict',
      include: ['.astro/types.d.ts', '**/*'],
      exclude: ['dist'],
    }),
    'astro.config.mjs': "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n",
    'src/content.config.ts': `import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';

const seeds = defineCollection({
  loader: {
    name: 'bare-seeds',
    async load({ store, parseData, generateDigest }) {
      const folder = path.resolve(process.env.SEEDS_DIR ?? 'seeds');
      const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort();
      const texts = await Promise.all(names.map((name) => readFile(path.join(folder, name), 'utf8')));
      for (const [index, name] of names.entries()) {
        const blocks = texts[index].replace(/\\r\\n?/g, '\\n').trim().split(/\\n\\s*\\n/);
        const [title = '', ...paragraphs] = blocks.filter((block) => !block.startsWith('Posted in '));
        const id = name.slice(0, -'.txt'.length);
        const data = await parseData({ id, data: { title, paragraphs } });
        store.set({ id, data, digest: generateDigest(data) });
      }
    },
  },
  schema: z.object({ title: z.string(), paragraphs: z.array(z.string()) }),
});

export const collections = { seeds };
`,
    'src/pages/[id]/index.astro': `---
import { getCollection } from 'astro:content';

export async function getStaticPaths() {
  const seeds = await getCollection('seeds');
  return seeds.map((seed) => ({ params: { id: seed.id }, props: seed.data }));
}

const { title, paragraphs } = Astro.props;
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{title}</title>
  </head>
  <body>
    <h1>{title}</h1>
    {paragraphs.map((paragraph) => <p>{paragraph}</p>)}
  </body>
</html>
`,
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  await cp(path.join(repoRoot, 'seeds'), path.join(root, 'seeds'), { recursive: true });
  // node_modules as copyProject makes it: links to the repository's packages, no caches.
  await mkdir(path.join(root, 'node_modules'));
  for (const entry of await readdir(path.join(repoRoot, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    await symlink(path.join(repoRoot, 'node_modules', entry), path.join(root, 'node_modules', entry));
  }
  bareSites.add(root);
  return root;
}

const bareSites = new Set<string>();

/** Deletes every copy of the project and of the bare site made so far. */
async function removeSites(): Promise<void> {
  await removeCopies();
  await Promise.all([...bareSites].map((root) => rm(root, { recursive: true, force: true })));
  bareSites.clear();
}

/** A fresh copy of the project or of the bare site. */
type Site = 'project' | 'bare';
const freshCopy = (site: Site) => (site === 'project' ? copyProject() : bareSite());

/** Build times of the two sites, and the folders they were built in. */
type Pair = Record<Site, Timing> & { roots: Record<Site, string>; order: Site[] };

const NO_TIMING: Timing = { wall: 0, cpu: 0 };

/**
 * Times a build of each site from a fresh copy, the two in alternating order
 * from one call to the next, so that neither always runs in the other's wake.
 */
let projectFirst = true;
async function timePair(env: Record<string, string> = {}): Promise<Pair> {
  const order: Site[] = projectFirst ? ['project', 'bare'] : ['bare', 'project'];
  projectFirst = !projectFirst;
  const pair: Pair = { project: NO_TIMING, bare: NO_TIMING, roots: { project: '', bare: '' }, order };
  for (const site of order) {
    pair.roots[site] = await freshCopy(site);
    pair[site] = await timedBuild(pair.roots[site], env);
  }
  return pair;
}

/** Where timeRebuild moves the output of the first build. */
const FIRST_DIST = 'dist-first';

/** What the rebuild adds to each site's seed: a paragraph before the footer line. */
const ADDED_PARAGRAPH = 'A paragraph the bench adds before a rebuild, as an editor would.';

/**
 * Times a rebuild of each site of `pair` in its own folder, after the same
 * edit to each: a paragraph added to the first seed. This is the editor's
 * loop — Astro's content cache and the project's share images are kept from
 * the first build, and the edit makes both sites load and render the seed again.
 */
async function timeRebuild(pair: Pair): Promise<Record<Site, Timing>> {
  const times = { project: NO_TIMING, bare: NO_TIMING };
  for (const site of pair.order) {
    const seeds = path.join(pair.roots[site], 'seeds');
    const first = path.join(seeds, (await readdir(seeds)).filter((name) => name.endsWith('.txt')).sort()[0]!);
    const text = (await readFile(first, 'utf8')).trimEnd();
    const footer = /\n\nPosted in [^\n]*$/.exec(text);
    const at = footer ? footer.index : text.length;
    await writeFile(first, `${text.slice(0, at)}\n\n${ADDED_PARAGRAPH}${text.slice(at)}\n`);
    // The first build's output is kept aside: page weights and Lighthouse measure the unedited site.
    await rename(path.join(pair.roots[site], 'dist'), path.join(pair.roots[site], FIRST_DIST));
    times[site] = await timedBuild(pair.roots[site]);
  }
  return times;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** A timing as "CPU (wall)", e.g. "2.10 s (3.05 s)". */
const both = ({ cpu, wall }: Timing) => `${seconds(cpu)} (${seconds(wall)})`;
const ratio = (project: number, bare: number) => `${(project / bare).toFixed(2)}×`;

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
    // Inline scripts travel inside the HTML: the JavaScript column shows them, the total counts them once.
    const inlineJsBytes = runnable.reduce((sum, script) => sum + gzipSize(toString(script)), 0);
    let fileJsBytes = 0;
    let otherBytes = 0;
    for (const resource of resources) {
      const content = await readFile(path.join(dist, resource.replace(/^\//, '')));
      if (resource.endsWith('.css')) cssBytes += gzipSize(content);
      else if (resource.endsWith('.js')) fileJsBytes += gzipSize(content);
      else otherBytes += gzipSize(content);
    }
    const jsBytes = inlineJsBytes + fileJsBytes;
    const htmlBytes = gzipSize(html);
    const total = htmlBytes + cssBytes + fileJsBytes + otherBytes;
    const requests = 1 + resources.size;
    const text = visibleText(tree);
    const ratio = total / gzipSize(text);
    const readingPage = /^[^/]+\/$/.test(page);
    const ratioApplies = readingPage && text.length >= BUDGET.textRatioMinChars;
    console.log(
      `${(page || '/').slice(0, 44).padEnd(44)} ${kb(total).padStart(8)} ${kb(htmlBytes).padStart(8)} ${kb(cssBytes).padStart(8)} ${kb(jsBytes).padStart(7)} ${String(requests).padStart(8)} ${ratio.toFixed(2).padStart(6)}${ratioApplies ? '' : readingPage ? ' (short page: no ratio budget)' : ' (not a reading page: no ratio budget)'}`,
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

/**
 * The marginal cost of a seed: builds with the repository's seeds plus 1 and
 * plus 1000 generated ones, for the project and the bare site, each from a
 * fresh copy; the cost is the difference over 999 seeds, the median of RUNS
 * pairs of builds.
 */
async function scaling() {
  const counts = [1, 1000] as const;
  console.log(
    `\nMarginal cost of a seed, CPU (wall) (${RUNS} runs of the repository’s seeds plus ${counts.join(' and ')} generated ones)`,
  );
  const folders = new Map<number, string>();
  for (const count of counts) folders.set(count, await generateSeeds(count));
  const perSeed: Record<Site, Timing[]> = { project: [], bare: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      const small = await timePair({ SEEDS_DIR: folders.get(1)! });
      const large = await timePair({ SEEDS_DIR: folders.get(1000)! });
      for (const site of ['project', 'bare'] as const) {
        perSeed[site].push({
          wall: (large[site].wall - small[site].wall) / 999,
          cpu: (large[site].cpu - small[site].cpu) / 999,
        });
      }
      console.log(
        `  run ${run + 1}: project ${both(small.project)} → ${both(large.project)}, bare ${both(small.bare)} → ${both(large.bare)}`,
      );
      await removeSites();
    }
  } finally {
    for (const folder of folders.values()) await rm(folder, { recursive: true, force: true });
  }
  const ms = (values: Timing[], key: keyof Timing) => median(values.map((value) => value[key])).toFixed(2);
  for (const site of ['project', 'bare'] as const) {
    console.log(
      `  ${site.padEnd(7)}: ${ms(perSeed[site], 'cpu')} ms per seed (${ms(perSeed[site], 'wall')} ms wall), medians`,
    );
  }
  const project = median(perSeed.project.map(({ cpu }) => cpu));
  check(
    project <= BUDGET.marginalMsPerSeed,
    `marginal cost ${project.toFixed(2)} ms of CPU per seed, budget ${BUDGET.marginalMsPerSeed}`,
  );
}

/**
 * Each page's height at each width with every disclosure closed, as a reader
 * first gets it; whether anything needs horizontal scrolling; and, on an
 * explainer, how far down the verdict card and the exchange's first post start,
 * in screen heights.
 */
async function pageLayout(dist: string) {
  console.log('\nLayout in Chromium, disclosures closed (height in CSS px; verdict card and first post in screens)');
  const site = await serveSite(dist);
  const browser = await launchFullChromium();
  try {
    for (const page of await sitePages(dist)) {
      const cells: string[] = [];
      for (const viewport of VIEWPORTS) {
        const tab = await browser.newPage({ viewport });
        await tab.goto(site.url + page);
        const layout = await tab.evaluate(() => {
          const top = (selector: string) => {
            const element = document.querySelector(selector);
            return element ? element.getBoundingClientRect().top + window.scrollY : null;
          };
          return {
            height: document.documentElement.scrollHeight,
            overflow: document.documentElement.scrollWidth - window.innerWidth,
            verdicts: top('#verdicts'),
            firstPost: top('#exchange .thread > li, #exchange li'),
          };
        });
        await tab.close();
        const screens = (y: number | null) => (y === null ? '–' : (y / viewport.height).toFixed(1));
        cells.push(
          `${viewport.width} px: ${layout.height} px, card ${screens(layout.verdicts)}, first post ${screens(layout.firstPost)}${layout.overflow > 0 ? `, ${layout.overflow} px too wide` : ''}`,
        );
        const label = `${page || '/'} at ${viewport.width} px`;
        check(layout.overflow <= 0, `${label}: ${layout.overflow} px wider than the screen`);
        if (layout.verdicts === null || viewport.width === 320) continue;
        const width = viewport.width;
        check(
          layout.height <= BUDGET.explainerHeight[width],
          `${label}: ${layout.height} px tall, budget ${BUDGET.explainerHeight[width]}`,
        );
        for (const [name, y] of [
          ['verdict card', layout.verdicts],
          ['first post', layout.firstPost],
        ] as const) {
          check(
            y !== null && y / viewport.height <= BUDGET.screensToVerdicts[width],
            `${label}: the ${name} starts ${screens(y)} screens down, budget ${BUDGET.screensToVerdicts[width]}`,
          );
        }
      }
      console.log(`  ${(page || '/').slice(0, 44).padEnd(44)} ${cells.join('; ')}`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

async function lighthouseScores(dist: string) {
  console.log('\nLighthouse (mobile, Debian Chromium)');
  const site = await serveSite(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: fullChromiumPath,
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

/**
 * The project's build time against the bare site's: a first build from a
 * fresh copy (nothing cached), then a rebuild after an edit, the editor's
 * feedback loop, which the budget holds to. Returns the project's output.
 */
async function buildTime(): Promise<string> {
  console.log(
    `Build time, CPU (wall) (${RUNS} runs of the project and the bare site: a first build from a fresh copy, then a rebuild after an edit of the seed)`,
  );
  const ratios: Record<'first' | 'rebuild', Timing[]> = { first: [], rebuild: [] };
  let dist = '';
  for (let run = 0; run < RUNS; run++) {
    const first = await timePair();
    const rebuild = await timeRebuild(first);
    for (const [kind, times] of [
      ['first', first],
      ['rebuild', rebuild],
    ] as const) {
      ratios[kind].push({
        cpu: times.project.cpu / times.bare.cpu,
        wall: times.project.wall / times.bare.wall,
      });
    }
    dist = path.join(first.roots.project, FIRST_DIST);
    console.log(
      `  run ${run + 1}: first build: project ${both(first.project)}, bare ${both(first.bare)}, ${ratio(first.project.cpu, first.bare.cpu)}; ` +
        `rebuild: project ${both(rebuild.project)}, bare ${both(rebuild.bare)}, ${ratio(rebuild.project.cpu, rebuild.bare.cpu)}`,
    );
  }
  const cpu = (kind: 'first' | 'rebuild') => median(ratios[kind].map((value) => value.cpu));
  const wall = (kind: 'first' | 'rebuild') => median(ratios[kind].map((value) => value.wall));
  console.log(
    `  project / bare, first build: ${cpu('first').toFixed(2)}× CPU, ${wall('first').toFixed(2)}× wall (medians; no budget: drawing the share images and rendering all markdown happen once per checkout)`,
  );
  console.log(
    `  project / bare, rebuild:     ${cpu('rebuild').toFixed(2)}× CPU, ${wall('rebuild').toFixed(2)}× wall (medians)`,
  );
  check(
    cpu('rebuild') <= BUDGET.buildRatio,
    `rebuild ratio ${cpu('rebuild').toFixed(2)}× of CPU, budget ${BUDGET.buildRatio}×`,
  );
  return dist;
}

async function main() {
  try {
    const dist = await buildTime();
    await pageWeights(dist);
    await pageLayout(dist);
    await lighthouseScores(dist);
    await removeSites();
    await scaling();
    await removeSites();
    await benchScale();
  } finally {
    await removeSites();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.error(`\nBudgets broken:\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll budgets hold.');
  }
}

await main();
