import type { APIRoute, GetStaticPaths } from 'astro';
import { countByStatus } from '../../../charts/legend';
import { getRecords } from '../../../data/records';
import { articleClaimIds } from '../../../lib/content/mdx';
import { articleCard } from '../../../charts/og-card';
import { svgToPng } from '../../../lib/export/png';
import { translatedRoutes } from '../../../lib/paths';
import { languageOf } from '../../../schemas/language';

/** The link-preview image of each explainer, drawn at build time, in English and in each translation's language. */
export const getStaticPaths = (async () => {
  const { articles, translation } = await getRecords();
  const explainers = articles.filter((article) => article.data.kind === 'explainer');
  return translatedRoutes(explainers, (article, language) => Boolean(translation(article.id, language)), (article, language) => ({ params: { id: article.id }, props: { article, title: (translation(article.id, language)?.data ?? article.data).title } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params }) => {
  const records = await getRecords();
  const { article, title } = props as { article: (typeof records.articles)[number]; title: string };
  const statuses = articleClaimIds(article.body).map((id) => records.claim(id).data.status);
  return new Response(svgToPng(articleCard(title, countByStatus(statuses), languageOf(params.lang)), 1), { headers: { 'Content-Type': 'image/png' } });
};
