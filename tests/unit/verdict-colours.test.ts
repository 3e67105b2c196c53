/**
 * The verdicts look different, and alike wherever they show: each has its
 * own word, symbol and colour; the colours in src/styles/tokens.css are the
 * table's of lib/explainer/verdicts.ts (which the share image draws with),
 * read AA against the page's backgrounds in both themes, and are far apart
 * from one another; and the share image's fonts draw every symbol.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { verdictIds, verdicts, type Verdict } from '../../src/lib/explainer/verdicts';
import { repoRoot } from '../helpers/project';

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

const tokensCss = readFileSync(path.join(repoRoot, 'src/styles/tokens.css'), 'utf8');

/** A token of the theme-following `:root` block: `--name: light-dark(#light, #dark)`. */
function token(name: string): Record<Theme, string> {
  const found = new RegExp(`^\\s*--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\);`, 'im').exec(
    tokensCss,
  );
  if (!found) throw new Error(`tokens.css has no --${name}: light-dark(#rrggbb, #rrggbb)`);
  return { light: found[1]!.toLowerCase(), dark: found[2]!.toLowerCase() };
}

const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
const linear = (channel: number) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);

/** WCAG 2 relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** CIELAB (D65) of a colour, for a difference as the eye sees it. */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** The CIE76 colour difference: about 2.3 is just noticeable; 20 is plainly another colour. */
const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((value, index) => value - lab(b)[index]!));

const pairs = <T>(list: readonly T[]): [T, T][] =>
  list.flatMap((a, index) => list.slice(index + 1).map((b): [T, T] => [a, b]));

describe('each verdict’s colour token', () => {
  test.each(verdictIds)('%s: tokens.css holds the same colour and tint as the verdicts’ table', (verdict) => {
    expect(token(`verdict-${verdict}-text`)).toEqual(verdicts[verdict].colour);
    const tint = verdicts[verdict].tint;
    if (tint) expect(token(`verdict-${verdict}`)).toEqual(tint);
  });

  test.each(THEMES.flatMap((theme) => verdictIds.map((verdict) => [theme, verdict] as const)))(
    '%s theme, %s: at least 4.5:1 against the page, the surface and its own tint',
    (theme, verdict) => {
      const colour = verdicts[verdict].colour[theme];
      const backgrounds = {
        bg: token('bg')[theme],
        surface: token('surface')[theme],
        ...(verdicts[verdict].tint ? { tint: verdicts[verdict].tint[theme] } : {}),
      };
      for (const [name, background] of Object.entries(backgrounds)) {
        expect(contrast(colour, background), `${verdict} on ${name}`).toBeGreaterThanOrEqual(4.5);
      }
    },
  );

  test.each(THEMES)('%s theme: the article’s text stays readable on each verdict’s tint', (theme) => {
    for (const verdict of verdictIds) {
      const tint = verdicts[verdict].tint;
      if (tint) expect(contrast(token('text')[theme], tint[theme]), verdict).toBeGreaterThanOrEqual(4.5);
    }
  });

  test.each(THEMES)('%s theme: every verdict’s colour is plainly unlike every other’s', (theme) => {
    for (const [a, b] of pairs<Verdict>(verdictIds)) {
      expect(deltaE(verdicts[a].colour[theme], verdicts[b].colour[theme]), `${a} and ${b}`).toBeGreaterThan(20);
    }
  });
});

describe('each verdict’s word and symbol', () => {
  test('are its own', () => {
    const looks = Object.values(verdicts);
    expect(new Set(looks.map((look) => look.label)).size).toBe(looks.length);
    expect(new Set(looks.map((look) => look.symbol)).size).toBe(looks.length);
  });

  test('the share image’s fonts draw every symbol, so the image shows what the page shows', () => {
    for (const font of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
      const covered = cmapCodePoints(readFileSync(path.join(repoRoot, 'src/assets/fonts', font)));
      const missing = Object.values(verdicts)
        .map((look) => look.symbol)
        .filter((symbol) => !covered(symbol.codePointAt(0)!));
      expect(missing, font).toEqual([]);
    }
  });
});

/**
 * Whether a TrueType font maps a code point to a glyph: read from its `cmap`
 * table's Unicode subtable of format 4 (the Basic Multilingual Plane), which
 * DejaVu has. Glyph 0 is "missing glyph", so a code point mapped to it is not drawn.
 */
function cmapCodePoints(font: Buffer): (codePoint: number) => boolean {
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let index = 0; index < tables; index += 1) {
    const record = 12 + index * 16;
    if (font.toString('latin1', record, record + 4) === 'cmap') cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error('the font has no cmap table');
  const subtables = font.readUInt16BE(cmap + 2);
  for (let index = 0; index < subtables; index += 1) {
    const record = cmap + 4 + index * 8;
    const [platform, encoding] = [font.readUInt16BE(record), font.readUInt16BE(record + 2)];
    const at = cmap + font.readUInt32BE(record + 4);
    if (platform !== 3 || encoding !== 1 || font.readUInt16BE(at) !== 4) continue;
    const segments = font.readUInt16BE(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const offsets = deltas + segments * 2;
    return (codePoint) => {
      for (let segment = 0; segment < segments; segment += 1) {
        const end = font.readUInt16BE(ends + segment * 2);
        const start = font.readUInt16BE(starts + segment * 2);
        if (codePoint > end || codePoint < start) continue;
        const delta = font.readUInt16BE(deltas + segment * 2);
        const offsetAt = offsets + segment * 2;
        const offset = font.readUInt16BE(offsetAt);
        const glyph =
          offset === 0
            ? (codePoint + delta) & 0xffff
            : font.readUInt16BE(offsetAt + offset + (codePoint - start) * 2) === 0
              ? 0
              : (font.readUInt16BE(offsetAt + offset + (codePoint - start) * 2) + delta) & 0xffff;
        return glyph !== 0;
      }
      return false;
    };
  }
  throw new Error('the font has no Unicode BMP (format 4) cmap subtable');
}
