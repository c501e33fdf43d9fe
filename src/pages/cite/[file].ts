import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecords } from '../../data/records';

/** The three reference-manager files of every citable thing (with the originals behind it): .bib, .ris, .json. */
const FORMATS = {
  bib: { field: 'bibtex', type: 'application/x-bibtex; charset=utf-8' },
  ris: { field: 'ris', type: 'application/x-research-info-systems; charset=utf-8' },
  json: { field: 'cslJson', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export const getStaticPaths = (async () => {
  const { citations } = await getRecords();
  return [...citations.keys()].flatMap((id) => (Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((format) => ({ params: { file: `${id}.${format}` }, props: { id, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { id, format } = props as { id: string; format: keyof typeof FORMATS };
  const citation = (await getRecords()).citation(id);
  return new Response(citation[FORMATS[format].field], { headers: { 'Content-Type': FORMATS[format].type } });
};
