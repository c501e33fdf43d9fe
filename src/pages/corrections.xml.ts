import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getRecords } from '../data/records';
import { correctionsFeed } from '../lib/feeds';
import { paths } from '../lib/paths';
import { SITE } from '../lib/site';

/** Every status change and logged correction, newest first (see the methodology page: corrections are listed in the feed). */
export const GET: APIRoute = async ({ site }) => {
  const { claims, articles } = await getRecords();
  return rss({
    title: `${SITE.title}: corrections`,
    description: 'Every change of a claim’s status, and every other correction, with its date and reason.',
    site: site!,
    items: correctionsFeed(
      claims,
      articles,
      (id) => new URL(paths.claim(id), site).href,
      (article) => new URL(paths.article(article.id, article.data.kind), site).href,
    ),
    customData: `<language>${SITE.language}</language>`,
  });
};
