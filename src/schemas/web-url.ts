import { z } from 'astro/zod';

/**
 * The address of a page on the web: `https:` or `http:` with a real host
 * name, nothing else. `z.url()` alone accepts `javascript:`, `data:` and
 * `file:` addresses, which would become live links and JSON-LD values.
 */
export const webUrlSchema = (what = 'the full address of the page') =>
  z.url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: `must be ${what}, starting with https:// (only https: and http: addresses are published)`,
  });
