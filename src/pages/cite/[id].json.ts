import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecords } from '../../data/records';

/** A citable thing and the originals behind it as a CSL-JSON file for reference managers. */
export const getStaticPaths = (async () => {
  const { citations } = await getRecords();
  return [...citations.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { citation } = await getRecords();
  return new Response(citation(params.id!).cslJson, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
