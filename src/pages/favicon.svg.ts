/** The favicon as a file, for tools that ask for /favicon.svg. */
import type { APIRoute } from 'astro';
import { FAVICON_SVG } from '../lib/site/favicon';

export const GET: APIRoute = () => new Response(FAVICON_SVG, { headers: { 'Content-Type': 'image/svg+xml' } });
