import { getCollection } from 'astro:content';
import { siteAddress } from '../lib/site';
import { buildSiteModel } from '../site-model';

/**
 * The site model over Astro's content collections, loaded once per build. Pages read records only through here;
 * everything they show is derived in `src/site-model.ts`.
 */
async function load() {
  const [claims, sources, actors, events, glossary, articles, translations] = await Promise.all([
    getCollection('claims'),
    getCollection('sources'),
    getCollection('actors'),
    getCollection('events'),
    getCollection('glossary'),
    getCollection('articles'),
    getCollection('translations'),
  ]);
  return buildSiteModel({ claims, sources, actors, events, glossary, articles, translations }, siteAddress().url);
}

let records: ReturnType<typeof load> | undefined;

export function getRecords() {
  records ??= load();
  return records;
}

export type Records = Awaited<ReturnType<typeof load>>;
