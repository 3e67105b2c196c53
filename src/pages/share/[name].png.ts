/** Share images: /share/<slug>.png for each explainer, /share/site.png for every other page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlePages } from '../../content';
import { shareImageContent, SITE_IMAGE } from '../../lib/publish/sharing';
import { renderShareImage, type ShareImageContent } from '../../lib/publish/share-image';

export const getStaticPaths = (async () => {
  const pages = await getArticlePages();
  const explainers = pages.flatMap(({ seed, explainer }) => (explainer ? [{ seed, explainer }] : []));
  return [
    ...explainers.map((page) => ({
      params: { name: page.seed.data.slug },
      props: { content: shareImageContent(page) },
    })),
    { params: { name: SITE_IMAGE }, props: { content: shareImageContent(undefined) } },
  ];
}) satisfies GetStaticPaths;

interface Props {
  content: ShareImageContent;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await renderShareImage(props.content);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
