import { getCollection } from 'astro:content';
import { allChartRequests, buildChart, chartId } from '../charts/registry';
import type { ChartSpec } from '../charts/spec';
import { scanArticleBody } from '../lib/content/mdx';
import { attributionsByActor, citationsBySource, groupByKeys } from '../lib/evidence/relations';

/**
 * Every record, loaded once per build and indexed by id. Pages read records only through here; the content
 * check has already guaranteed that every id they look up exists.
 */
async function load() {
  const [claims, sources, actors, events, glossary, articles] = await Promise.all([
    getCollection('claims'),
    getCollection('sources'),
    getCollection('actors'),
    getCollection('events'),
    getCollection('glossary'),
    getCollection('articles'),
  ]);
  const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
  const index = { claims: byId(claims), sources: byId(sources), actors: byId(actors), glossary: byId(glossary) };
  const lookup = <K extends keyof typeof index>(collection: K, id: string) => {
    const entry = index[collection].get(id);
    if (!entry) throw new Error(`No ${collection.slice(0, -1)} with id "${id}" (the content check should have caught this)`);
    return entry as NonNullable<ReturnType<(typeof index)[K]['get']>>;
  };
  const sortedEvents = events.sort((a, b) => a.data.date.localeCompare(b.data.date));
  // Relations between records, each built in one pass so that no page scans the whole content.
  const citations = citationsBySource(claims);
  const attributions = attributionsByActor(claims);
  const claimsAbout = groupByKeys(claims, (claim) => claim.data.about);
  const sourcesBy = groupByKeys(sources, (source) => (source.data.actor ? [source.data.actor] : []));
  const articlesUsing = groupByKeys(articles, (article) => scanArticleBody(article.body ?? '').claims.map((ref) => ref.id));
  const eventsFor = groupByKeys(sortedEvents, (event) => event.data.claims);
  // Every chart of the site, built once: pages, downloads and the chart index read the same specs.
  const chartRecords = { claims, sources, actors, events: sortedEvents, articles };
  const charts = new Map<string, ChartSpec>(allChartRequests(chartRecords).map((request) => [chartId(request), buildChart(request, chartRecords)]));
  return {
    claims,
    sources,
    actors,
    events: sortedEvents,
    /** Glossary terms in alphabetical order of the term. */
    glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' })),
    articles,
    claim: (id: string) => lookup('claims', id),
    source: (id: string) => lookup('sources', id),
    actor: (id: string) => lookup('actors', id),
    term: (id: string) => lookup('glossary', id),
    /** Every chart, by id, in a stable order. */
    charts,
    chart: (id: string) => {
      const spec = charts.get(id);
      if (!spec) throw new Error(`No chart with id "${id}" (the content check should have caught this)`);
      return spec;
    },
    /** The claims citing a source, with relation and locator. */
    citationsOf: (sourceId: string) => citations.get(sourceId) ?? [],
    /** The attribution links an actor holds. */
    attributionsOf: (actorId: string) => attributions.get(actorId) ?? [],
    /** The claims listing an actor under `about`. */
    claimsAbout: (actorId: string) => claimsAbout.get(actorId) ?? [],
    /** The sources an actor published. */
    sourcesBy: (actorId: string) => sourcesBy.get(actorId) ?? [],
    /** The articles that refer to a claim. */
    articlesUsing: (claimId: string) => articlesUsing.get(claimId) ?? [],
    /** The events tied to a claim, by date. */
    eventsFor: (claimId: string) => eventsFor.get(claimId) ?? [],
  };
}

let records: ReturnType<typeof load> | undefined;

export function getRecords() {
  records ??= load();
  return records;
}

export type Records = Awaited<ReturnType<typeof load>>;
