import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv } from '../../charts/render';
import { getRecords } from '../../data/records';

/** A chart's plotted rows as CSV, with each row's status and record address. */
export const getStaticPaths = (async () => {
  const { charts } = await getRecords();
  return [...charts.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const spec = (await getRecords()).chart(params.id!);
  return new Response(chartCsv(spec, site!.href), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
