/**
 * The site's icon, defined once. Pages carry it as a data: URI, so no page
 * spends a request on it; /favicon.svg and /favicon.png are built from it
 * for browsers and tools that ask for the files.
 */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f3a5f"/><path d="M9 9h14v3H12.5v3H21v3h-8.5v3H23v3H9z" fill="#fff"/></svg>';

/** The icon as a data: URI for <link rel="icon">. */
export const faviconDataUri = (): string => `data:image/svg+xml,${encodeURIComponent(FAVICON_SVG)}`;
