import type { APIRoute, GetStaticPaths } from 'astro';
import { countByStatus } from '../../charts/legend';
import { getRecords } from '../../data/records';
import { articleClaimIds } from '../../lib/content/mdx';
import { articleCard } from '../../charts/og-card';
import { svgToPng } from '../../lib/export/png';

/** The link-preview image of each explainer, drawn at build time. */
export const getStaticPaths = (async () => {
  const { articles } = await getRecords();
  return articles.filter((article) => article.data.kind === 'explainer').map((article) => ({ params: { id: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const records = await getRecords();
  const { article } = props as { article: (typeof records.articles)[number] };
  const statuses = articleClaimIds(article.body).map((id) => records.claim(id).data.status);
  return new Response(svgToPng(articleCard(article.data.title, countByStatus(statuses)), 1), { headers: { 'Content-Type': 'image/png' } });
};
