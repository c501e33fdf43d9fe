import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecords } from '../../data/records';

/** A citable thing and the originals behind it as a BibTeX file for reference managers. */
export const getStaticPaths = (async () => {
  const { citations } = await getRecords();
  return [...citations.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { citation } = await getRecords();
  return new Response(citation(params.id!).bibtex, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
