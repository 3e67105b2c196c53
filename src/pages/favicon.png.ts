/** The favicon as a 32×32 PNG, drawn from the same SVG, for browsers without SVG icons. */
import type { APIRoute } from 'astro';
import { FAVICON_SVG } from '../lib/site/favicon';
import { svgToPng } from '../lib/publish/share-image';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await svgToPng(FAVICON_SVG, 32)), { headers: { 'Content-Type': 'image/png' } });
