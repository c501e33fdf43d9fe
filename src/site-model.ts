/**
 * The site model: every view the pages show, derived once from the validated records (an article's claims in
 * reading order, a claim's sources, who states it and where it is cited, versions, citations, charts, hubs, the
 * explorer and the open data). Pure: no Astro import, so it is tested on the fixture content like any library
 * code, and `src/data/records.ts` only hands it Astro's collections. The content check has already guaranteed
 * that every id the pages look up exists.
 */
import { compareText } from './lib/format';
import { allChartRequests, buildChart, chartClaims, chartId } from './charts/registry';
import type { ChartSpec } from './charts/spec';
import { buildCitations, type Citable } from './lib/citation/cite';
import { articleItem, chartItem, claimItem, dataItem, hubItem, sourceItem } from './lib/citation/items';
import { articleClaimIds } from './lib/content/mdx';
import { explorerRows } from './lib/evidence/explorer';
import { buildHubs, countryHubTitle, useHubTitle } from './lib/evidence/hubs';
import { attributionsByActor, citationsBySource, groupByKeys, readingOrder, relatedClaims, uniqueInOrder, type WithId } from './lib/evidence/relations';
import { claimVersion } from './lib/evidence/versions';
import { bundleReadme, dataBundle, dataFiles, BUNDLE_NAME, type DataFile } from './lib/export/data';
import { paths } from './lib/paths';
import type { Actor, Article, Claim, Event, Source, Term, Use } from './schemas';

/** The records the site is built from: Astro's collection entries or the content check's records, alike. */
export interface SiteRecords {
  claims: WithId<Claim>[];
  sources: WithId<Source>[];
  actors: WithId<Actor>[];
  events: WithId<Event>[];
  glossary: WithId<Term>[];
  articles: (WithId<Article> & { body?: string | undefined })[];
}

/** Builds every view of the site from its records; `site` is the address citations and downloads name. */
export function buildSiteModel<R extends SiteRecords>(records: R, site: string) {
  const { claims, sources, actors, events, glossary, articles } = records as { [K in keyof SiteRecords]: R[K] };
  const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
  const index = { claims: byId(claims), sources: byId(sources), actors: byId(actors), glossary: byId(glossary) };
  const lookup = <K extends keyof typeof index>(collection: K, id: string) => {
    const entry = index[collection].get(id);
    if (!entry) throw new Error(`No ${collection.slice(0, -1)} with id "${id}" (the content check should have caught this)`);
    return entry as NonNullable<ReturnType<(typeof index)[K]['get']>>;
  };
  const sortedEvents = [...events].sort((a, b) => a.data.date.localeCompare(b.data.date));
  // Relations between records, each built in one pass so that no page scans the whole content.
  const claimsCiting = citationsBySource(claims);
  const attributions = attributionsByActor(claims);
  const claimsAbout = groupByKeys(claims, (claim) => claim.data.about);
  const sourcesBy = groupByKeys(sources, (source) => (source.data.actor ? [source.data.actor] : []));
  const articlesUsing = groupByKeys(articles, (article) => articleClaimIds(article.body));
  const eventsFor = groupByKeys(sortedEvents, (event) => event.data.claims);
  const claimsById = new Map(claims.map((claim) => [claim.id, claim]));
  const claimsInArticle = new Map(articles.map((article) => [article.id, articleClaimIds(article.body).map((id) => claimsById.get(id)!)]));
  // Every chart of the site, built once: pages, downloads and the chart index read the same specs.
  const chartRecords = { claims, sources, actors, events: sortedEvents, articles };
  const chartRequests = allChartRequests(chartRecords);
  const charts = new Map<string, ChartSpec>(chartRequests.map((request) => [chartId(request), buildChart(request, chartRecords)]));
  // Versions come from the content: a claim's from its dates and change log, a chart's from the claims it draws.
  const claimVersions = new Map(claims.map((claim) => [claim.id, claimVersion(claim)]));
  const latest = (dates: string[]) => dates.reduce((a, b) => (b > a ? b : a), '0000-00-00');
  const chartUpdated = new Map(chartRequests.map((request) => [chartId(request), latest(chartClaims(request, chartRecords).map((id) => claimVersions.get(id)!.updated))]));
  // The site's own version, for pages that list records rather than being one: from the first article to the latest update.
  const siteVersion = {
    published: articles.map((article) => article.data.published).sort()[0] ?? latest([...claimVersions.values()].map((version) => version.published)),
    updated: latest([...articles.map((article) => article.data.updated), ...[...claimVersions.values()].map((version) => version.updated)]),
  };
  let downloads: { files: DataFile[]; bundle: DataFile } | undefined;
  // Built on first use: only the Data page and its files need them.
  const openData = () => {
    if (!downloads) {
      const files = dataFiles({ claims, sources, actors, events: sortedEvents, claimUpdated: (id) => claimVersions.get(id)!.updated }, site);
      const citation = citations.get('data-open-data')!.styles.find((style) => style.id === 'apa')!.reference.text;
      const bundle = dataBundle(files, bundleReadme(files, site, siteVersion.updated, citation), siteVersion.updated);
      downloads = { files, bundle: { name: BUNDLE_NAME, description: 'Every file above and a README (what each file is, how to cite it, the licence), in one ZIP.', mediaType: 'application/zip', content: bundle } };
    }
    return downloads;
  };
  // Hubs by use and by country, with the articles and charts that draw on their claims.
  const hubs = buildHubs(claims, sortedEvents, {
    articles: readingOrder(articles.filter((article) => article.data.kind === 'explainer')).map((article) => ({ id: article.id, claims: (claimsInArticle.get(article.id) ?? []).map((claim) => claim.id) })),
    charts: chartRequests.map((request) => ({ id: chartId(request), claims: chartClaims(request, chartRecords) })),
  });
  const hubUpdated = (hub: { claims: { id: string }[] }) => (hub.claims.length > 0 ? latest(hub.claims.map((claim) => claimVersions.get(claim.id)!.updated)) : siteVersion.updated);
  // One citation record per citable thing; a claim's supporting sources are cited with it.
  const absolute = (path: string) => new URL(path, site).href;
  const sourceItems = new Map(sources.map((source) => [source.id, sourceItem(source.id, source.data)]));
  const citables: Citable[] = [
    ...articles.map((article) => ({ item: articleItem({ id: article.id, title: article.data.title, updated: article.data.updated }, absolute(paths.article(article.id, article.data.kind))), originals: [] })),
    ...claims.map((claim) => ({
      item: claimItem({ id: claim.id, statement: claim.data.statement, updated: claimVersions.get(claim.id)!.updated }, absolute(paths.claim(claim.id))),
      originals: uniqueInOrder(claim.data.sources.filter((use) => use.relation === 'supports').map((use) => use.source)).map((id) => sourceItems.get(id)!),
    })),
    ...[...charts.values()].map((spec) => ({ item: chartItem({ id: spec.id, title: spec.title, updated: chartUpdated.get(spec.id)! }, absolute(paths.chart(spec.id))), originals: [] })),
    ...[...sourceItems.values()].map((item) => ({ item, originals: [] })),
    { item: dataItem(siteVersion.updated, absolute('/data/')), originals: [] },
    ...hubs.uses.map((hub) => ({ item: hubItem({ id: `use-${hub.id}`, title: useHubTitle(hub.key as Use), updated: hubUpdated(hub) }, absolute(paths.use(hub.id))), originals: [] })),
    ...hubs.countries.map((hub) => ({ item: hubItem({ id: `country-${hub.id}`, title: countryHubTitle(hub.key), updated: hubUpdated(hub) }, absolute(paths.country(hub.key))), originals: [] })),
  ];
  const citations = buildCitations(citables);
  // The evidence explorer: every claim with what readers sort and filter by; an article is a claim's topic.
  const topicsOf = (claimId: string) => (articlesUsing.get(claimId) ?? []).filter((article) => article.data.kind === 'explainer').map((article) => article.id);
  const explorer = explorerRows(claims, new Map(actors.map((actor) => [actor.id, actor])), topicsOf);

  return {
    claims,
    sources,
    actors,
    events: sortedEvents,
    /** Glossary terms in alphabetical order of the term. */
    glossary: [...glossary].sort((a, b) => compareText(a.data.term, b.data.term, 'en', 'base')),
    articles,
    claim: (id: string) => lookup('claims', id),
    source: (id: string) => lookup('sources', id),
    actor: (id: string) => lookup('actors', id),
    term: (id: string) => lookup('glossary', id),
    /** Hubs: one per use, and one per country with enough claims. */
    hubs,
    /** Every claim as a row of the evidence explorer, by statement. */
    explorer,
    /** First publication and latest update of the site as a whole. */
    siteVersion,
    /** The open-data files and their ZIP bundle. */
    openData,
    /** Every chart, by id, in a stable order. */
    charts,
    /** The date of the version of a chart: the latest update of the claims it draws on. */
    chartUpdated: (id: string) => chartUpdated.get(id)!,
    /** First published, last updated and change log of a claim. */
    claimVersion: (id: string) => claimVersions.get(id)!,
    /** Cite-box contents by citation id: `article-<id>`, `claim-<id>`, `chart-<id>`, `source-<id>`. */
    citations,
    citation: (id: string) => {
      const citation = citations.get(id);
      if (!citation) throw new Error(`No citation with id "${id}"`);
      return citation;
    },
    chart: (id: string) => {
      const spec = charts.get(id);
      if (!spec) throw new Error(`No chart with id "${id}" (the content check should have caught this)`);
      return spec;
    },
    /** The claims citing a source, with relation and locator. */
    citationsOf: (sourceId: string) => claimsCiting.get(sourceId) ?? [],
    /** The attribution links an actor holds. */
    attributionsOf: (actorId: string) => attributions.get(actorId) ?? [],
    /** The claims listing an actor under `about`. */
    claimsAbout: (actorId: string) => claimsAbout.get(actorId) ?? [],
    /** The sources an actor published. */
    sourcesBy: (actorId: string) => sourcesBy.get(actorId) ?? [],
    /** The articles that refer to a claim. */
    articlesUsing: (claimId: string) => articlesUsing.get(claimId) ?? [],
    /** Up to five claims sharing the most articles and actors with a claim. */
    relatedTo: (claim: WithId<Claim>) =>
      relatedClaims(claim, {
        articlesOf: (id) => (articlesUsing.get(id) ?? []).map((article) => article.id),
        claimsInArticle: (id) => claimsInArticle.get(id) ?? [],
        claimsAbout: (id) => claimsAbout.get(id) ?? [],
      }),
    /** The events tied to a claim, by date. */
    eventsFor: (claimId: string) => eventsFor.get(claimId) ?? [],
  };
}

export type SiteModel<R extends SiteRecords = SiteRecords> = ReturnType<typeof buildSiteModel<R>>;
