/** The README beside each explainer's data files: /data/<slug>/README.md. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlePages } from '../../../content';
import { dataFileNames } from '../../../lib/publish/data-files';
import { dataReadme } from '../../../lib/publish/data-readme';
import { articlePath, withBase } from '../../../lib/site/urls';

export const getStaticPaths = (async () =>
  (await getArticlePages()).flatMap(({ seed, explainer }) =>
    explainer
      ? [{ params: { slug: seed.data.slug }, props: { title: seed.data.title, asOf: explainer.story.data.asOf } }]
      : [],
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ title: string; asOf: string | undefined }> = ({ params, props, site }) =>
  new Response(
    dataReadme({
      title: props.title,
      pageUrl: new URL(withBase(articlePath(params.slug ?? '')), site).href,
      asOf: props.asOf,
      files: dataFileNames,
    }),
    { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } },
  );
