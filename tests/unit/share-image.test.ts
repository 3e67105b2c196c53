import { randomUUID } from 'node:crypto';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { verdicts } from '../../src/lib/explainer/verdicts';
import {
  renderShareImage,
  shareImageTree,
  SHARE_IMAGE_CACHE,
  type ImageNode,
  type ShareImageContent,
} from '../../src/lib/publish/share-image';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Content no other test or build draws, so the cache is cold for it. */
const uniqueContent = (): ShareImageContent => ({
  kicker: 'Explainer · checked against sourced data',
  title: `A title drawn once by a test, ${randomUUID()}`,
  footer: 'The Explainer',
});

const cached = async () => new Set(await readdir(SHARE_IMAGE_CACHE).catch(() => []));
let added: string[] = [];

/** Draws `content` and returns the files the draw added to the cache. */
async function drawAndWatch(content: ShareImageContent): Promise<{ png: Uint8Array; files: string[] }> {
  const before = await cached();
  const png = await renderShareImage(content);
  const files = [...(await cached())].filter((name) => !before.has(name));
  added.push(...files);
  return { png, files };
}

afterEach(async () => {
  await Promise.all(added.map((name) => rm(path.join(SHARE_IMAGE_CACHE, name), { force: true })));
  added = [];
});

test('a share image drawn for the first time is a PNG, kept in the cache', async () => {
  const { png, files } = await drawAndWatch(uniqueContent());
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^[0-9a-f]{64}\.png$/);
});

test('the same content again is read from the cache, not drawn', async () => {
  const content = uniqueContent();
  const { files } = await drawAndWatch(content);
  // A stand-in for the kept file: only a read of the cache can return it.
  const standIn = Buffer.from('kept PNG');
  await writeFile(path.join(SHARE_IMAGE_CACHE, files[0]!), standIn);
  expect(Buffer.from(await renderShareImage(content))).toEqual(standIn);
});

test('other content is drawn and kept under another name', async () => {
  const content = uniqueContent();
  const first = await drawAndWatch(content);
  // Changed at the start: a change at the end of a long title can wrap onto a line the image clips.
  const second = await drawAndWatch({ ...content, title: `Another ${content.title}` });
  expect(second.files).toHaveLength(1);
  expect(second.files[0]).not.toBe(first.files[0]);
  expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(false);
});

/** Each text the tree draws, with the colour and background of the box it is drawn in. */
function drawnTexts(
  node: ImageNode,
  inherited: { background?: unknown } = {},
): { text: string; style: Record<string, unknown> }[] {
  const style = { ...inherited, ...(node.props['style'] as Record<string, unknown>) };
  const children = node.props['children'];
  if (typeof children === 'string') return children ? [{ text: children, style }] : [];
  return Array.isArray(children)
    ? (children as ImageNode[]).flatMap((child) => drawnTexts(child, { background: style['background'] }))
    : [];
}

test('the key check is drawn with its verdict’s symbol and word, in the verdict’s colours', () => {
  const texts = drawnTexts(
    shareImageTree({
      ...uniqueContent(),
      check: { claim: 'earns $500 billion', verdict: 'wrong', finding: 'Sourced: $5 billion (Aug 2025).' },
    }),
  );
  const verdict = texts.find(({ text }) => text.startsWith('✗'));
  expect(verdict?.text).toBe('✗ Wrong. Sourced: $5 billion (Aug 2025).');
  expect(verdict?.style).toMatchObject({ color: verdicts.wrong.colour.light, background: verdicts.wrong.tint?.light });
});

test('a qualifier is drawn with its verdict, as on the page', () => {
  const texts = drawnTexts(
    shareImageTree({
      ...uniqueContent(),
      check: { claim: 'grows fast', verdict: 'supported', qualifier: 'company-figure', finding: 'Its own figure.' },
    }),
  ).map(({ text }) => text);
  expect(texts).toContain('✓ Supported · company figure. Its own figure.');
});

test('the tally is drawn as one chip per verdict, each with its symbol, count and word in its colour', () => {
  const texts = drawnTexts(
    shareImageTree({
      ...uniqueContent(),
      tally: [
        { verdict: 'supported', count: 9 },
        { verdict: 'partly', count: 5 },
        { verdict: 'opinion', count: 2 },
      ],
    }),
  );
  const chips = texts.filter(({ text }) => /^\S \d/.test(text));
  expect(chips.map(({ text }) => text)).toEqual(['✓ 9 supported', '◐ 5 partly right', '” 2 opinion']);
  expect(chips.map(({ style }) => style['color'])).toEqual([
    verdicts.supported.colour.light,
    verdicts.partly.colour.light,
    verdicts.opinion.colour.light,
  ]);
});
