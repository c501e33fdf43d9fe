import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecords } from '../../../data/records';
import { langParam } from '../../../lib/paths';
import { LANGUAGES, languageOf } from '../../../schemas/language';

/**
 * The three reference-manager files of every citable thing (with the originals behind it): .bib, .ris, .json; in
 * each language, the records that language's pages cite.
 */
const FORMATS = {
  bib: { field: 'bibtex', type: 'application/x-bibtex; charset=utf-8' },
  ris: { field: 'ris', type: 'application/x-research-info-systems; charset=utf-8' },
  json: { field: 'cslJson', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export const getStaticPaths = (async () => {
  const { citationsIn } = await getRecords();
  return LANGUAGES.flatMap((language) =>
    [...citationsIn(language).keys()].flatMap((id) => (Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((format) => ({ params: { lang: langParam(language), file: `${id}.${format}` }, props: { id, format } }))),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params }) => {
  const { id, format } = props as { id: string; format: keyof typeof FORMATS };
  const citation = (await getRecords()).citation(id, languageOf(params.lang));
  return new Response(citation[FORMATS[format].field], { headers: { 'Content-Type': FORMATS[format].type } });
};
