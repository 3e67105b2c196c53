/**
 * The data files of each explainer as routes: one route file per extension
 * (src/pages/data/[slug]/[name].csv.ts and [name].json.ts), so that Astro
 * sees a file endpoint and serves /data/<slug>/companies.csv without a
 * trailing slash under `astro dev` as in the build. A single `[file].ts`
 * route hides the extension in a parameter, and then the dev server wants
 * /data/<slug>/companies.csv/ (trailingSlash: 'always').
 * https://docs.astro.build/en/guides/upgrade-to/v6/#changed-endpoints-with-a-file-extension-cannot-be-accessed-with-a-trailing-slash
 */
import type { ArticlePage, Explainer } from '../explainer/build-article-pages';
import { claimsJson, companiesCsv, companiesJson, dataFileNames, timelineJson, type DataFileName } from './data-files';

const CONTENT_TYPES: Record<DataFileName, string> = {
  'companies.csv': 'text/csv; charset=utf-8',
  'companies.json': 'application/json',
  'timeline.json': 'application/json',
  'claims.json': 'application/json',
};

/** What a data file's route gets for one path. */
export interface DataFileProps {
  explainer: Explainer;
  file: DataFileName;
}

/** The static paths of the data files whose name ends in `extension` (".csv" or ".json"), for every explainer. */
export function dataFilePaths(pages: readonly ArticlePage[], extension: '.csv' | '.json') {
  const names = dataFileNames.filter((file) => file.endsWith(extension));
  return pages.flatMap(({ seed, explainer }) =>
    explainer
      ? names.map((file) => ({
          params: { slug: seed.data.slug, name: file.slice(0, -extension.length) },
          props: { explainer, file } satisfies DataFileProps,
        }))
      : [],
  );
}

/** The response of one data file. */
export function dataFileResponse({ explainer, file }: DataFileProps): Response {
  const sourceUrls = new Map(explainer.sources.map((source) => [source.id, source.data.url]));
  const body = {
    'companies.csv': () => companiesCsv(explainer.table, sourceUrls),
    'companies.json': () => companiesJson(explainer.table, explainer.story.data.asOf, sourceUrls),
    'timeline.json': () => timelineJson(explainer.events, sourceUrls),
    'claims.json': () =>
      claimsJson(
        explainer.claims.map(({ entry, number, comparison }) => ({ ...entry, number, comparison })),
        sourceUrls,
      ),
  }[file]();
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[file] } });
}
