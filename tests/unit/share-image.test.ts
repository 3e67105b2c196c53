import { randomUUID } from 'node:crypto';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { renderShareImage, SHARE_IMAGE_CACHE, type ShareImageContent } from '../../src/lib/publish/share-image';

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
