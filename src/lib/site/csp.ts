/**
 * The Content-Security-Policy of every page, defined once. Pages carry it
 * as a <meta http-equiv> (for hosts that cannot send headers, such as GitHub
 * Pages); public/_headers sends the same policy as a header, plus
 * frame-ancestors, which browsers ignore in a <meta>. A test keeps the two equal.
 *
 * Scripts and styles are files from our own origin; the one inline script,
 * the theme toggle, is allowed by its hash, never by 'unsafe-inline'.
 * Astro's own `security.csp` is not used: it does not hash `<script is:inline>`
 * blocks such as the theme script (https://github.com/withastro/astro/issues/16678).
 */
import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from './theme';

/** The CSP source expression of an inline script: 'sha256-<base64 digest>'. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

export const cspDirectives: readonly string[] = [
  "default-src 'self'",
  `script-src 'self' ${scriptHash(THEME_SCRIPT)}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy as a <meta http-equiv="content-security-policy"> value. */
export function metaContentSecurityPolicy(): string {
  return cspDirectives.join('; ');
}
