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
import { inLanguage, pageLanguage, paths, pathsIn } from './lib/paths';
import { DEFAULT_LANGUAGE, type ArticleTranslation, type Language, type TranslatedLanguage } from './schemas/language';
import type { Actor, Article, Claim, Event, Source, Term, Use } from './schemas';

/** The records the site is built from: Astro's collection entries or the content check's records, alike. */
export interface SiteRecords {
  claims: WithId<Claim>[];
  sources: WithId<Source>[];
  actors: WithId<Actor>[];
  events: WithId<Event>[];
  glossary: WithId<Term>[];
  articles: (WithId<Article> & { body?: string | undefined })[];
  /**
   * Translated articles: Astro's, with ids `<language>/<article id>`; or the content check's, with the article's
   * id and a `language`.
   */
  translations?: (WithId<ArticleTranslation> & { body?: string | undefined; language?: string })[];
}

/** Text in a language, and the language it is actually in: the English original when no translation exists. */
export interface InLanguage<T> {
  text: T;
  lang: Language;
}

/** Builds every view of the site from its records; `site` is the address citations and downloads name. */
export function buildSiteModel<R extends SiteRecords>(records: R, site: string) {
  const { claims, sources, actors, events, glossary, articles } = records as { [K in keyof SiteRecords]: R[K] };
  const translations = (records.translations ?? []) as NonNullable<R['translations']>;
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
  // Another language's charts, the same charts in its words, built on first use.
  const chartsByLanguage = new Map<Language, Map<string, ChartSpec>>([[DEFAULT_LANGUAGE, charts]]);
  const chartsIn = (language: Language) => {
    if (!chartsByLanguage.has(language)) chartsByLanguage.set(language, new Map(chartRequests.map((request) => [chartId(request), buildChart(request, chartRecords, language)])));
    return chartsByLanguage.get(language)!;
  };
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
  // Translations: an article's, by language and id; a claim's and a term's text in a language, or the English.
  const translationsById = new Map<string, NonNullable<R['translations']>[number]>(translations.map((entry) => [entry.language ? `${entry.language}/${entry.id}` : entry.id, entry]));
  const translation = (articleId: string, language: Language) => (language === DEFAULT_LANGUAGE ? undefined : translationsById.get(`${language}/${articleId}`));
  const claimText = (claim: WithId<Claim>, language: Language): InLanguage<{ statement: string; rationale: string }> => {
    const translated = language === DEFAULT_LANGUAGE ? undefined : claim.data.translations[language as TranslatedLanguage];
    return translated ? { text: translated, lang: language } : { text: { statement: claim.data.statement, rationale: claim.data.rationale }, lang: DEFAULT_LANGUAGE };
  };
  const termText = (term: WithId<Term>, language: Language): InLanguage<{ term: string; definition: string; aliases: string[] }> => {
    const translated = language === DEFAULT_LANGUAGE ? undefined : term.data.translations[language as TranslatedLanguage];
    return translated ? { text: translated, lang: language } : { text: { term: term.data.term, definition: term.data.definition, aliases: term.data.aliases }, lang: DEFAULT_LANGUAGE };
  };
  // One citation record per citable thing and language; a claim's supporting sources are cited with it. Another
  // language cites only what it translates: its articles, its claims, the charts (built in its words), the sources
  // and the hubs.
  const absolute = (path: string) => new URL(path, site).href;
  const sourceItems = new Map(sources.map((source) => [source.id, sourceItem(source.id, source.data)]));
  const supportingItems = (claim: WithId<Claim>) => uniqueInOrder(claim.data.sources.filter((use) => use.relation === 'supports').map((use) => use.source)).map((id) => sourceItems.get(id)!);
  const citablesIn = (language: Language): Citable[] => {
    const to = pathsIn(language);
    const english = language === DEFAULT_LANGUAGE;
    return [
      ...articles.flatMap((article) => {
        const text = english ? article.data : translation(article.id, language)?.data;
        return text ? [{ item: articleItem({ id: article.id, title: text.title, updated: text.updated }, absolute(to.article(article.id, article.data.kind)), language), originals: [] }] : [];
      }),
      ...claims.flatMap((claim) => {
        const { text, lang } = claimText(claim, language);
        return lang === language ? [{ item: claimItem({ id: claim.id, statement: text.statement, updated: claimVersions.get(claim.id)!.updated }, absolute(to.claim(claim.id)), language), originals: supportingItems(claim) }] : [];
      }),
      ...[...chartsIn(language).values()].map((spec) => ({ item: chartItem({ id: spec.id, title: spec.title, updated: chartUpdated.get(spec.id)! }, absolute(to.chart(spec.id)), language), originals: [] })),
      ...[...sourceItems.values()].map((item) => ({ item, originals: [] })),
      { item: dataItem(siteVersion.updated, absolute(inLanguage(language, '/data/')), language), originals: [] },
      ...hubs.uses.map((hub) => ({ item: hubItem({ id: `use-${hub.id}`, title: useHubTitle(hub.key as Use, language), updated: hubUpdated(hub) }, absolute(to.use(hub.id)), language), originals: [] })),
      ...hubs.countries.map((hub) => ({ item: hubItem({ id: `country-${hub.id}`, title: countryHubTitle(hub.key, language), updated: hubUpdated(hub) }, absolute(to.country(hub.key)), language), originals: [] })),
    ];
  };
  const citations = buildCitations(citablesIn(DEFAULT_LANGUAGE));
  // Other languages' citations are built on first use: only their pages need them.
  const citationsByLanguage = new Map<Language, ReturnType<typeof buildCitations>>([[DEFAULT_LANGUAGE, citations]]);
  const citationsIn = (language: Language) => {
    if (!citationsByLanguage.has(language)) citationsByLanguage.set(language, buildCitations(citablesIn(language), language));
    return citationsByLanguage.get(language)!;
  };
  // The records not yet translated into a language (every section of the site is), with their English titles.
  const untranslatedPages = (language: Language): { path: string; title: string }[] => {
    if (language === DEFAULT_LANGUAGE) return [];
    return [
      ...articles.filter((article) => !translation(article.id, language)).map((article) => ({ path: paths.article(article.id, article.data.kind), title: article.data.title })),
      ...claims.filter((claim) => claimText(claim, language).lang !== language).map((claim) => ({ path: paths.claim(claim.id), title: claim.data.statement })),
    ];
  };
  const untranslatedPaths = new Map<Language, Set<string>>();
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
    citation: (id: string, language: Language = DEFAULT_LANGUAGE) => {
      const citation = citationsIn(language).get(id);
      if (!citation) throw new Error(`No citation with id "${id}" in language "${language}"`);
      return citation;
    },
    /** Cite-box contents in a language, by citation id: what that language's pages cite. */
    citationsIn,
    /** An article's translation into a language, if there is one. */
    translation,
    /**
     * How a page in a language links an article: to its translation, or else to the English page, with the
     * English title marked as English (`lang`).
     */
    articleIn: (article: WithId<Article>, language: Language) => {
      const translated = translation(article.id, language);
      const text = translated?.data ?? article.data;
      const lang = translated || language === DEFAULT_LANGUAGE ? language : DEFAULT_LANGUAGE;
      return { href: pathsIn(lang).article(article.id, article.data.kind), title: text.title, description: text.description, updated: text.updated, lang };
    },
    /** A claim's statement and rationale in a language, or in English when it has no translation. */
    claimText,
    /** A glossary term, its definition and aliases in a language, or in English. */
    termText,
    /**
     * The English pages that have no translation into a language, with their titles: the other language's
     * address of each says so and links the English page, rather than offer a page that is not there.
     */
    untranslated: (language: Language) => untranslatedPages(language),
    /** Whether the page at an English address exists in a language (every page exists in English). */
    isTranslated: (path: string, language: Language) => {
      if (language === DEFAULT_LANGUAGE) return true;
      if (!untranslatedPaths.has(language)) untranslatedPaths.set(language, new Set(untranslatedPages(language).map((page) => pageLanguage(page.path).path)));
      return !untranslatedPaths.get(language)!.has(path);
    },
    chart: (id: string, language: Language = DEFAULT_LANGUAGE) => {
      const spec = chartsIn(language).get(id);
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
