/** The CSV data file of each explainer: /data/<slug>/companies.csv (see lib/publish/data-file-routes.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlePages } from '../../../content';
import { dataFilePaths, dataFileResponse, type DataFileProps } from '../../../lib/publish/data-file-routes';

export const getStaticPaths = (async () => dataFilePaths(await getArticlePages(), '.csv')) satisfies GetStaticPaths;

export const GET: APIRoute<DataFileProps> = ({ props }) => dataFileResponse(props);
