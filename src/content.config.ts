import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { COLLECTIONS, readYaml, type CollectionName } from './lib/content/read';
import { CONTENT_DIR } from './lib/content/location';
import { articleTranslationSchema, TRANSLATED_LANGUAGES } from './schemas';

/**
 * YAML records, read by the content check's own reader, so the site and the check parse every file alike. The
 * check has already refused any file it could not read.
 */
function yamlRecords(folder: string): Loader {
  return {
    name: 'yaml-records',
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const directory = `${CONTENT_DIR}/${folder}`;
      const sync = async () => {
        store.clear();
        for (const name of existsSync(directory) ? readdirSync(directory).filter((file) => file.endsWith('.yaml')).sort() : []) {
          const filePath = `${directory}/${name}`;
          const text = readFileSync(filePath, 'utf8');
          const id = name.slice(0, -'.yaml'.length);
          store.set({ id, data: await parseData({ id, data: readYaml(text) as Record<string, unknown>, filePath }), digest: generateDigest(text), filePath });
        }
      };
      await sync();
      watcher?.on('change', (path) => path.includes(directory) && void sync());
    },
  };
}

type RecordCollection = Exclude<CollectionName, `articles-${string}`>;

/** How a folder of `content/` is loaded, as `COLLECTIONS` defines it; the record id is the file name. */
function loader(name: RecordCollection): Loader {
  const { extension } = COLLECTIONS[name];
  return extension === '.yaml' ? yamlRecords(name) : glob({ base: `${CONTENT_DIR}/${name}`, pattern: `*${extension}`, generateId: ({ entry }) => entry.replace(/\.[^.]+$/, '') });
}

// Every collection of `COLLECTIONS` (the type check fails if one is missing), and the translations.
export const collections = {
  ...({
    sources: defineCollection({ loader: loader('sources'), schema: COLLECTIONS.sources.schema }),
    claims: defineCollection({ loader: loader('claims'), schema: COLLECTIONS.claims.schema }),
    actors: defineCollection({ loader: loader('actors'), schema: COLLECTIONS.actors.schema }),
    events: defineCollection({ loader: loader('events'), schema: COLLECTIONS.events.schema }),
    glossary: defineCollection({ loader: loader('glossary'), schema: COLLECTIONS.glossary.schema }),
    articles: defineCollection({ loader: loader('articles'), schema: COLLECTIONS.articles.schema }),
  } satisfies Record<RecordCollection, unknown>),
  // Translated articles from every `articles-<language>/` folder, with ids `<language>/<article id>`: `es/cjng`.
  translations: defineCollection({
    loader: glob({ base: CONTENT_DIR, pattern: TRANSLATED_LANGUAGES.length === 1 ? `articles-${TRANSLATED_LANGUAGES[0]}/*.mdx` : `articles-{${TRANSLATED_LANGUAGES.join(',')}}/*.mdx`, generateId: ({ entry }) => entry.replace(/^articles-/, '').replace(/\.mdx$/, '') }),
    schema: articleTranslationSchema,
  }),
};
