/** The JSON data files of each explainer: /data/<slug>/companies.json, timeline.json, claims.json (see lib/publish/data-file-routes.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlePages } from '../../../content';
import { dataFilePaths, dataFileResponse, type DataFileProps } from '../../../lib/publish/data-file-routes';

export const getStaticPaths = (async () => dataFilePaths(await getArticlePages(), '.json')) satisfies GetStaticPaths;

export const GET: APIRoute<DataFileProps> = ({ props }) => dataFileResponse(props);
