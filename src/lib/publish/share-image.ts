/**
 * The share image of a page (1200×630 PNG), drawn at build time with satori
 * and resvg from fonts kept in the repository, so the build needs no network.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

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

// Fonts are read from the project folder: the build runs at the project root.
const FONT_DIR = path.resolve('src/assets/fonts');
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

export async function renderShareImage(content: ShareImageContent): Promise<Uint8Array> {
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
  const tree = h(
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
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...SHARE_IMAGE, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng();
}

/** A square PNG of an SVG, e.g. the favicon for browsers without SVG icons. */
export function svgToPng(svg: string, size: number): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}
