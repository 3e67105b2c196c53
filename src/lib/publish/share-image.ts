/**
 * The share image of a page (1200×630 PNG), drawn at build time with satori
 * and resvg from fonts kept in the repository, so the build needs no network.
 *
 * Drawing is the dearest step of a small build: loading satori and parsing the
 * fonts alone take a few hundred milliseconds. An image changes only when what
 * shapes it does, so each PNG is kept between builds under a hash of all of it
 * (the layout tree with its text, the size, the fonts' bytes, the versions of
 * satori and resvg) and a build reads it back instead of drawing it again.
 * Same inputs, same bytes: a PNG from the cache is the file a fresh draw gives,
 * so two builds stay byte-identical whether or not the cache is warm.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareImageContent {
  /** Small line above the title, e.g. "Explainer · checked against sourced data". */
  kicker: string;
  title: string;
  /** The key checked figure, e.g. { claim: "Annualised revenue of $500 billion", verdict: "Wrong", finding: "Sourced: over $5 billion (Aug 2025), 100× less" }. */
  check?: { claim: string; verdict: string; finding: string };
  /** Bottom line, e.g. the site's name. */
  footer: string;
}

// Fonts and the cache are found from the project folder: the build runs at the project root.
const FONT_DIR = path.resolve('src/assets/fonts');
/**
 * Where drawn PNGs (share images and the favicon) are kept: beside Astro's own
 * cache (the content data store), never in the output. Deleting node_modules/.astro empties it, and the next
 * build draws again.
 */
export const SHARE_IMAGE_CACHE = path.resolve('node_modules/.astro/share-images');

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all([
    readFile(path.join(FONT_DIR, 'DejaVuSans.ttf')).then((data) => ({
      name: 'DejaVu Sans',
      data,
      weight: 400 as const,
      style: 'normal' as const,
    })),
    readFile(path.join(FONT_DIR, 'DejaVuSans-Bold.ttf')).then((data) => ({
      name: 'DejaVu Sans',
      data,
      weight: 700 as const,
      style: 'normal' as const,
    })),
  ]);
  return fonts;
}

const PADDING = 60;
const INNER_WIDTH = SHARE_IMAGE.width - 2 * PADDING;

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** The element tree satori lays out: everything the image shows, and how. */
function shareImageTree(content: ShareImageContent): Node {
  const check = content.check
    ? h(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          border: '4px solid #b3261e',
          borderRadius: 12,
          padding: '20px 28px',
          background: '#fff6f5',
          gap: 8,
        },
        [
          h('div', { display: 'flex', fontSize: 28, color: '#1c1c1c' }, `The article: “${content.check.claim}”`),
          h(
            'div',
            { display: 'flex', fontSize: 32, fontWeight: 700, color: '#8c1d18' },
            `✗ ${content.check.verdict}. ${content.check.finding}`,
          ),
        ],
      )
    : h('div', { display: 'flex' }, '');
  return h(
    'div',
    // satori sizes boxes without their padding: the content box is the image less the padding.
    {
      width: INNER_WIDTH,
      height: SHARE_IMAGE.height - 2 * PADDING,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      background: '#fdfcf9',
      padding: PADDING,
      fontFamily: 'DejaVu Sans',
    },
    [
      h('div', { display: 'flex', flexDirection: 'column', width: INNER_WIDTH, gap: 18 }, [
        h(
          'div',
          { display: 'flex', fontSize: 26, color: '#555149', textTransform: 'uppercase', letterSpacing: 2 },
          content.kicker,
        ),
        h(
          'div',
          {
            display: 'flex',
            fontSize: content.title.length > 60 ? 50 : 60,
            fontWeight: 700,
            color: '#1c1c1c',
            lineHeight: 1.15,
          },
          content.title,
        ),
      ]),
      check,
      h('div', { display: 'flex', fontSize: 24, color: '#1f3a5f', fontWeight: 700 }, content.footer),
    ],
  );
}

/** The renderers' versions, part of every cache key: an upgrade may draw other bytes. */
const requireHere = createRequire(import.meta.url);
const versionOf = (name: string) => `${name}@${(requireHere(`${name}/package.json`) as { version: string }).version}`;

let fontDigest: Promise<string> | undefined;
const digestFonts = () =>
  (fontDigest ??= loadFonts().then((list) => {
    const hash = createHash('sha256');
    for (const font of list) hash.update(font.data);
    return hash.digest('hex');
  }));

const cacheKey = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

/**
 * The PNG stored under `key`, or `draw()`'s, stored for the next build. The
 * cache only saves time: when it cannot be read or written, the PNG is drawn.
 */
async function cachedPng(key: string, draw: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const file = path.join(SHARE_IMAGE_CACHE, `${key}.png`);
  try {
    return await readFile(file);
  } catch {
    // Not drawn yet with these inputs.
  }
  const png = await draw();
  try {
    await mkdir(SHARE_IMAGE_CACHE, { recursive: true });
    // Written aside then renamed, so builds running side by side never read half a file.
    const partial = `${file}.${randomUUID()}.tmp`;
    await writeFile(partial, png);
    await rename(partial, file);
  } catch {
    // A read-only cache folder costs time, not correctness.
  }
  return png;
}

/** satori and resvg are loaded only to draw, which a build with a warm cache never does. */
async function loadRenderers() {
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  return { satori, Resvg };
}

/** The share image of `content` as a PNG. */
export async function renderShareImage(content: ShareImageContent): Promise<Uint8Array> {
  const tree = shareImageTree(content);
  const key = cacheKey([
    'share-image',
    versionOf('satori'),
    versionOf('@resvg/resvg-js'),
    SHARE_IMAGE,
    await digestFonts(),
    tree,
  ]);
  return cachedPng(key, async () => {
    const { satori, Resvg } = await loadRenderers();
    const svg = await satori(tree as Parameters<typeof satori>[0], { ...SHARE_IMAGE, fonts: await loadFonts() });
    return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng();
  });
}

/** A square PNG of an SVG, e.g. the favicon for browsers without SVG icons. */
export async function svgToPng(svg: string, size: number): Promise<Uint8Array> {
  return cachedPng(cacheKey(['svg', versionOf('@resvg/resvg-js'), svg, size]), async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  });
}
