import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getRecords } from '../../data/records';
import { words } from '../../i18n';
import { articleFeed } from '../../lib/feeds';
import { inLanguage, languageRoutes, pathsIn } from '../../lib/paths';
import { SITE } from '../../lib/site';
import { languageOf } from '../../schemas/language';

export const getStaticPaths = languageRoutes;

/** New articles in a language, newest first: English, or the translations into another language. */
export const GET: APIRoute = async ({ site, params }) => {
  const language = languageOf(params.lang);
  const { articles, translation } = await getRecords();
  const text = words(language).feed;
  const written = articles.flatMap((article) => {
    const translated = translation(article.id, language);
    return language === 'en' ? [article] : translated ? [{ ...article, data: { ...article.data, ...translated.data } }] : [];
  });
  return rss({
    title: `${SITE.title}: ${text.articlesTitle}`,
    description: text.articlesDescription,
    site: new URL(inLanguage(language, '/'), site).href,
    items: articleFeed(written, (id) => new URL(pathsIn(language).article(id, 'explainer'), site).href),
    customData: `<language>${language}</language>`,
  });
};
