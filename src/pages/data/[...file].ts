import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecords } from '../../data/records';

/** The open-data files at permanent addresses: /data/claims.csv, /data/schema/claim.schema.json, the ZIP bundle. */
export const getStaticPaths = (async () => {
  const { files, bundle } = (await getRecords()).openData();
  return [...files, bundle].map((file) => ({ params: { file: file.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { files, bundle } = (await getRecords()).openData();
  const file = [...files, bundle].find((entry) => entry.name === params.file)!;
  const type = file.mediaType.startsWith('text/') || file.mediaType.endsWith('json') ? `${file.mediaType}; charset=utf-8` : file.mediaType;
  return new Response(typeof file.content === 'string' ? file.content : new Uint8Array(file.content), { headers: { 'Content-Type': type } });
};
