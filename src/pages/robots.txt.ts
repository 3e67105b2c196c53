/** robots.txt: everything may be read; the sitemap's address carries the base. */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/site/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
