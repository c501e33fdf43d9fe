import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getRecords } from '../data/records';
import { articleFeed } from '../lib/feeds';
import { paths } from '../lib/paths';
import { SITE } from '../lib/site';

/** New articles, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getRecords();
  return rss({
    title: `${SITE.title}: new articles`,
    description: 'New evidence-graded explainers on drones and organized crime.',
    site: site!,
    items: articleFeed(articles, (id) => new URL(paths.article(id, 'explainer'), site).href),
    customData: `<language>${SITE.language}</language>`,
  });
};
