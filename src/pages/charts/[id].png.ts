import type { APIRoute, GetStaticPaths } from 'astro';
import { renderChartSvg } from '../../charts/render';
import { getRecords } from '../../data/records';
import { svgToPng } from '../../lib/export/png';

/** A chart as a PNG drawn at build time from the same standalone SVG, at twice its size. */
export const getStaticPaths = (async () => {
  const { charts } = await getRecords();
  return [...charts.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const spec = (await getRecords()).chart(params.id!);
  return new Response(svgToPng(renderChartSvg(spec, 'wide', { standalone: true })), { headers: { 'Content-Type': 'image/png' } });
};
