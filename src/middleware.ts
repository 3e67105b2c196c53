/**
 * Under `astro dev`, every request made while some content does not load
 * gets Astro's error overlay with the reasons, instead of a page built from
 * the last version that loaded (see loaders/content-problems.ts). Dev serves
 * a page from its cached paths and props when a failed edit changed no
 * entry, so the check cannot wait for the collections to be read again.
 * A build never records a problem: there a content error stops the build.
 */
import { defineMiddleware } from 'astro:middleware';
import { assertContentLoaded } from './loaders/content-problems';

export const onRequest = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) assertContentLoaded();
  return next();
});
