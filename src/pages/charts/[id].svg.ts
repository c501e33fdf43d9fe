import type { APIRoute, GetStaticPaths } from 'astro';
import { renderChartSvg } from '../../charts/render';
import { getRecords } from '../../data/records';

/** A chart as a self-contained SVG file: its own title, legend, source line, background and font stack. */
export const getStaticPaths = (async () => {
  const { charts } = await getRecords();
  return [...charts.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const spec = (await getRecords()).chart(params.id!);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${renderChartSvg(spec, 'wide', { standalone: true })}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
};
