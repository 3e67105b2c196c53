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
import { verdictLabel, verdicts, type Qualifier, type Verdict } from '../explainer/verdicts';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareImageContent {
  /** Small line above the title, e.g. "Explainer · checked against sourced data". */
  kicker: string;
  title: string;
  /** The key checked figure, e.g. { claim: "Annualised revenue of $500 billion", verdict: "wrong", finding: "Sourced: over $5 billion (Aug 2025). …" }. */
  check?: { claim: string; verdict: Verdict; qualifier?: Qualifier; finding: string };
  /** How many claims have each verdict, in the page's order; verdicts no claim has are left out. */
  tally?: readonly { verdict: Verdict; count: number }[];
  /** Bottom line, e.g. the site's name. */
  footer: string;
}

/**
 * The image is always light, whatever the reader's theme: its colours are
 * the light ones of the page's tokens, and the verdicts' come from the same
 * table as the page's (lib/explainer/verdicts.ts).
 */
const PALETTE = { bg: '#fdfcf9', text: '#1c1c1c', muted: '#555149', accent: '#1f3a5f' } as const;

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

export type ImageNode = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown): ImageNode => ({
  type,
  props: { style, children },
});

/** The key check: the article's words, then the verdict's symbol and word and the finding, in the verdict's colours. */
function checkBox(check: NonNullable<ShareImageContent['check']>): ImageNode {
  const look = verdicts[check.verdict];
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      border: `4px solid ${look.colour.light}`,
      borderRadius: 12,
      padding: '20px 28px',
      background: look.tint?.light ?? PALETTE.bg,
      gap: 8,
    },
    [
      h('div', { display: 'flex', fontSize: 28, color: PALETTE.text }, `The article: “${check.claim}”`),
      h(
        'div',
        { display: 'flex', fontSize: 32, fontWeight: 700, color: look.colour.light },
        `${look.symbol} ${verdictLabel(check.verdict, check.qualifier)}. ${check.finding}`,
      ),
    ],
  );
}

/** Every verdict of the article: a chip per verdict with its symbol, count and word, as on the page's card. */
function tallyRow(tally: NonNullable<ShareImageContent['tally']>): ImageNode {
  return h(
    'div',
    { display: 'flex', flexWrap: 'wrap', gap: 12 },
    tally.map(({ verdict, count }) => {
      const look = verdicts[verdict];
      return h(
        'div',
        {
          display: 'flex',
          fontSize: 22,
          fontWeight: 700,
          color: look.colour.light,
          background: look.tint?.light ?? PALETTE.bg,
          border: `2px solid ${look.colour.light}`,
          borderRadius: 8,
          padding: '2px 12px',
        },
        `${look.symbol} ${count} ${look.label.toLowerCase()}`,
      );
    }),
  );
}

/** The element tree satori lays out: everything the image shows, and how. Exported for tests. */
export function shareImageTree(content: ShareImageContent): ImageNode {
  const check = content.check ? checkBox(content.check) : h('div', { display: 'flex' }, '');
  const footer = h('div', { display: 'flex', fontSize: 24, color: PALETTE.accent, fontWeight: 700 }, content.footer);
  return h(
    'div',
    // satori sizes boxes without their padding: the content box is the image less the padding.
    {
      width: INNER_WIDTH,
      height: SHARE_IMAGE.height - 2 * PADDING,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      background: PALETTE.bg,
      padding: PADDING,
      fontFamily: 'DejaVu Sans',
    },
    [
      h('div', { display: 'flex', flexDirection: 'column', width: INNER_WIDTH, gap: 18 }, [
        h(
          'div',
          { display: 'flex', fontSize: 26, color: PALETTE.muted, textTransform: 'uppercase', letterSpacing: 2 },
          content.kicker,
        ),
        h(
          'div',
          {
            display: 'flex',
            fontSize: content.title.length > 60 ? 50 : 60,
            fontWeight: 700,
            color: PALETTE.text,
            lineHeight: 1.15,
          },
          content.title,
        ),
      ]),
      check,
      content.tally && content.tally.length > 0
        ? h('div', { display: 'flex', flexDirection: 'column', gap: 14 }, [tallyRow(content.tally), footer])
        : footer,
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
