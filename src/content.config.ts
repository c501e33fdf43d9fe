import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { CONTENT_DIR } from './lib/content/location';
import { actorSchema, articleSchema, articleTranslationSchema, claimSchema, eventSchema, sourceSchema, termSchema, TRANSLATED_LANGUAGES } from './schemas';

/** One collection per folder of `content/`; the record id is the file name, so URLs, errors and diffs agree. */
function collection<Schema extends z.ZodType>(folder: string, pattern: string, schema: Schema) {
  return defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/${folder}`, pattern, generateId: ({ entry }) => entry.replace(/\.[^.]+$/, '') }),
    schema,
  });
}

export const collections = {
  sources: collection('sources', '*.yaml', sourceSchema),
  claims: collection('claims', '*.yaml', claimSchema),
  actors: collection('actors', '*.yaml', actorSchema),
  events: collection('events', '*.yaml', eventSchema),
  glossary: collection('glossary', '*.yaml', termSchema),
  articles: collection('articles', '*.mdx', articleSchema),
  // Translated articles from every `articles-<language>/` folder, with ids `<language>/<article id>`: `es/cjng`.
  translations: defineCollection({
    loader: glob({ base: CONTENT_DIR, pattern: TRANSLATED_LANGUAGES.length === 1 ? `articles-${TRANSLATED_LANGUAGES[0]}/*.mdx` : `articles-{${TRANSLATED_LANGUAGES.join(',')}}/*.mdx`, generateId: ({ entry }) => entry.replace(/^articles-/, '').replace(/\.mdx$/, '') }),
    schema: articleTranslationSchema,
  }),
};
