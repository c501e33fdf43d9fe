import { getCollection } from 'astro:content';

/**
 * Every record, loaded once per build and indexed by id. Pages read records only through here; the content
 * check has already guaranteed that every id they look up exists.
 */
async function load() {
  const [claims, sources, actors, events, articles] = await Promise.all([
    getCollection('claims'),
    getCollection('sources'),
    getCollection('actors'),
    getCollection('events'),
    getCollection('articles'),
  ]);
  const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
  const index = { claims: byId(claims), sources: byId(sources), actors: byId(actors) };
  const lookup = <K extends keyof typeof index>(collection: K, id: string) => {
    const entry = index[collection].get(id);
    if (!entry) throw new Error(`No ${collection.slice(0, -1)} with id "${id}" (the content check should have caught this)`);
    return entry as NonNullable<ReturnType<(typeof index)[K]['get']>>;
  };
  return {
    claims,
    sources,
    actors,
    events: events.sort((a, b) => a.data.date.localeCompare(b.data.date)),
    articles,
    claim: (id: string) => lookup('claims', id),
    source: (id: string) => lookup('sources', id),
    actor: (id: string) => lookup('actors', id),
  };
}

let records: ReturnType<typeof load> | undefined;

export function getRecords() {
  records ??= load();
  return records;
}

export type Records = Awaited<ReturnType<typeof load>>;
