/**
 * Share images: /share/<slug>.png for each explainer, /share/article.png for
 * the articles no story tells, /share/site.png for every other page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlePages } from '../../content';
import { ARTICLE_IMAGE, shareImageContent, SITE_IMAGE } from '../../lib/publish/sharing';
import { renderShareImage, type ShareImageContent } from '../../lib/publish/share-image';

export const getStaticPaths = (async () => {
  const pages = await getArticlePages();
  const explainers = pages.flatMap(({ seed, explainer }) => (explainer ? [{ seed, explainer }] : []));
  const plain = pages.find((page) => !page.explainer);
  return [
    ...explainers.map((page) => ({
      params: { name: page.seed.data.slug },
      props: { content: shareImageContent(page) },
    })),
    ...(plain ? [{ params: { name: ARTICLE_IMAGE }, props: { content: shareImageContent(plain) } }] : []),
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
