/** The data files of each explainer: /data/<slug>/companies.csv, companies.json, timeline.json, claims.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlePages, type Explainer } from '../../../content';
import {
  claimsJson,
  companiesCsv,
  companiesJson,
  dataFileNames,
  timelineJson,
  type DataFileName,
} from '../../../lib/publish/data-files';

export const getStaticPaths = (async () => {
  const pages = await getArticlePages();
  return pages.flatMap(({ seed, explainer }) =>
    explainer
      ? dataFileNames.map((file) => ({ params: { slug: seed.data.slug, file }, props: { explainer, file } }))
      : [],
  );
}) satisfies GetStaticPaths;

const CONTENT_TYPES: Record<DataFileName, string> = {
  'companies.csv': 'text/csv; charset=utf-8',
  'companies.json': 'application/json',
  'timeline.json': 'application/json',
  'claims.json': 'application/json',
};

interface Props {
  explainer: Explainer;
  file: DataFileName;
}

export const GET: APIRoute<Props> = ({ props: { explainer, file } }) => {
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
};
