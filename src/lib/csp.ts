/**
 * The Content-Security-Policy of every page, defined once. Pages carry it
 * as a <meta http-equiv> (for hosts that cannot send headers, such as GitHub
 * Pages); public/_headers sends the same policy as a header, plus
 * frame-ancestors, which browsers ignore in a <meta>. A test keeps the two equal.
 *
 * Scripts and styles are files from our own origin only: no inline script or
 * style needs a hash or 'unsafe-inline'.
 */
export const cspDirectives: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
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
