/**
 * Serves a built site on 127.0.0.1 the way a static host would: under its
 * base path, with the response headers of its `_headers` file, and with
 * `404.html` for anything missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticSite {
  /** The site's root URL, base included, e.g. http://127.0.0.1:40123/explainer/. */
  url: string;
  /** The origin the site is served from. */
  origin: string;
  close: () => Promise<void>;
}

/** The headers that `_headers` sets for every path (`/*`); Netlify's and Cloudflare's format. */
export function readHeadersFile(dist: string): Record<string, string> {
  const file = path.join(dist, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let forAllPaths = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      forAllPaths = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (forAllPaths && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export interface ServeOptions {
  /** The base path the site was built for. */
  base?: string;
  /** Send the headers of `_headers`, as Netlify would (true), or none, as GitHub Pages (false). */
  headers?: boolean;
}

export async function serveSite(
  dist: string,
  { base = '/', headers: sendHeaders = true }: ServeOptions = {},
): Promise<StaticSite> {
  const headers = sendHeaders ? readHeadersFile(dist) : {};
  const files = sirv(dist, { dev: false, etag: false });
  const notFound = readFileSync(path.join(dist, '404.html'));
  const server: Server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    files(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
