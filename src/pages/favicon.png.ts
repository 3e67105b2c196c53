/** The favicon as a 32×32 PNG, drawn from favicon.svg, for browsers without SVG icons. */
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { svgToPng } from '../lib/share-image';

export const GET: APIRoute = async () => {
  const svg = await readFile('public/favicon.svg', 'utf8');
  return new Response(new Uint8Array(svgToPng(svg, 32)), { headers: { 'Content-Type': 'image/png' } });
};
