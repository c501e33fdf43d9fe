/**
 * Which charts the site has, and how each is built from the records: articles embed a chart by name with the
 * records it uses (`<Chart name="series" measure="…" />`), and a few site pages carry fixed charts. Pure: no Astro.
 */
import { ATTRIBUTION_ROLE_LABELS } from '../schemas/claim';
import type { Actor, Claim, Event, Source, Status } from '../schemas';
import { scanArticleBody } from '../lib/content/mdx';
import { uniqueInOrder, type WithId as Entry } from '../lib/evidence/relations';
import { paths } from '../lib/paths';
import { buildAnatomy } from './builders/anatomy';
import { buildAttribution } from './builders/attribution';
import { buildBreakdown } from './builders/breakdown';
import { buildComparison } from './builders/comparison';
import { buildSeries } from './builders/series';
import { buildSideBySide } from './builders/side-by-side';
import { describePeriods } from '../lib/format';
import { buildTimeline } from './builders/timeline';
import { buildTrail, type TrailNode } from './builders/trail';
import type { ChartSpec } from './spec';

/** Every chart name an article may use, with the attribute that picks its records. */
export const CHART_KINDS = {
  anatomy: { attribute: 'article', doc: 'every claim of an article in reading order' },
  attribution: { attribute: 'claim', doc: 'the attribution chain of one claim' },
  timeline: { attribute: 'about', doc: 'events by date; `about` (an actor id) narrows it to events whose claims are about that actor' },
  'claimed-vs-specified': { attribute: 'measure', doc: 'every figure of one measure against the documented one' },
  'status-breakdown': { attribute: 'by', doc: '`by="article"` or `by="actor"`' },
  series: { attribute: 'measure', doc: 'the figures of one measure by period' },
  'side-by-side': { attribute: null, doc: 'every series that an article embeds, as small multiples, each on its own scale' },
  trail: { attribute: 'claim', doc: 'how one claim travelled: the sources whose `relays` say it or repeat the event it started from, in date order' },
} as const;

export type ChartName = keyof typeof CHART_KINDS;

/** A chart as an article or page asks for it. */
export interface ChartRequest {
  name: ChartName;
  article?: string;
  claim?: string;
  measure?: string;
  about?: string;
  by?: string;
}


/** The records charts are built from: Astro's collections or the content check's records, alike. */
export interface ChartRecords {
  claims: Entry<Claim>[];
  sources: Entry<Source>[];
  actors: Entry<Actor>[];
  events: Entry<Event>[];
  articles: (Entry<{ title: string; kind: string }> & { body?: string | undefined })[];
}

/** Charts on site pages that are not articles: the home page, the actors index and the timeline page. */
export const SITE_CHARTS: ChartRequest[] = [{ name: 'status-breakdown', by: 'article' }, { name: 'status-breakdown', by: 'actor' }, { name: 'timeline' }];

/** A measure's words as an id part: "Drones seized (SEDENA)" → "drones-seized-sedena". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The longest a measure's part of a chart id may be: a permalink and a BibTeX key stay short enough to type and
 * for every reference manager to read (citation-js refuses keys over 100 characters). Cut at a word.
 */
const MEASURE_ID_LENGTH = 60;

function measureSlug(measure: string): string {
  let id = '';
  for (const word of slug(measure).split('-')) {
    const longer = id ? `${id}-${word}` : word;
    if (id && longer.length > MEASURE_ID_LENGTH) break;
    id = longer;
  }
  return id;
}

/** The chart's permalink id, the same for every page that embeds the same chart. */
export function chartId(request: ChartRequest): string {
  switch (request.name) {
    case 'anatomy':
      return `anatomy-${request.article}`;
    case 'attribution':
      return `attribution-${request.claim}`;
    case 'timeline':
      return request.about ? `timeline-${request.about}` : 'timeline';
    case 'claimed-vs-specified':
      return `claimed-vs-specified-${measureSlug(request.measure ?? '')}`;
    case 'status-breakdown':
      return `status-by-${request.by}`;
    case 'series':
      return `series-${measureSlug(request.measure ?? '')}`;
    case 'side-by-side':
      return 'series-side-by-side';
    case 'trail':
      return `trail-${request.claim}`;
  }
}

/** Reads a `<Chart>` tag's attributes as a request; the integrity check has already vetted them. */
export function chartRequest(attributes: Map<string, string> | Record<string, string>): ChartRequest {
  const get = (key: string) => (attributes instanceof Map ? attributes.get(key) : attributes[key]);
  const request: ChartRequest = { name: get('name') as ChartName };
  for (const key of ['article', 'claim', 'measure', 'about', 'by'] as const) {
    const value = get(key);
    if (value !== undefined) request[key] = value;
  }
  return request;
}

/** The figures of one measure, with the claim that states each. */
function figuresOf(records: ChartRecords, measure: string) {
  return records.claims.flatMap((claim) => claim.data.figures.filter((figure) => figure.measure === measure).map((figure) => ({ claim, figure })));
}

/**
 * The measures that articles embed as series charts, in reading order: an editor's choice of which counts are
 * official series, which the side-by-side chart sets out together.
 */
function embeddedSeries(records: ChartRecords): string[] {
  return uniqueInOrder(
    records.articles.flatMap((article) =>
      scanArticleBody(article.body ?? '')
        .charts.map((chart) => chartRequest(chart.attributes))
        .filter((request) => request.name === 'series' && request.measure)
        .map((request) => request.measure!),
    ),
  );
}

/** The figures of one series in period order, with the claim behind each. */
function seriesFigures(records: ChartRecords, measure: string) {
  return figuresOf(records, measure).sort((a, b) => a.figure.period!.localeCompare(b.figure.period!));
}

/**
 * The rows of a claim's story trail: each relay that says the claim or repeats an event listing it, each relay
 * that repeats one of those sources, and the documents they repeat. Origins come first; then outlets by date,
 * undated ones last.
 */
function trailNodes(records: ChartRecords, claimId: string): TrailNode[] {
  const claims = new Map(records.claims.map((claim) => [claim.id, claim]));
  const events = new Map(records.events.map((event) => [event.id, event]));
  const sources = new Map(records.sources.map((source) => [source.id, source]));
  const steps = records.sources.flatMap((source) => source.data.relays.map((relay, i) => ({ source, relay, key: i === 0 ? `source:${source.id}` : `source:${source.id}:${i}` })));
  const member = new Set(steps.filter(({ relay }) => relay.says === claimId || (relay.event && events.get(relay.event)?.data.claims.includes(claimId))).map((step) => step.key));
  // Whoever repeats a source on the trail is on it too.
  for (let grown = true; grown; ) {
    grown = false;
    for (const step of steps) {
      if (!member.has(step.key) && step.relay.source && steps.some((other) => member.has(other.key) && other.source.id === step.relay.source)) {
        member.add(step.key);
        grown = true;
      }
    }
  }
  const says = (id: string) => {
    const claim = claims.get(id)!;
    return { id: claim.id, statement: claim.data.statement, status: claim.data.status, href: paths.claim(claim.id) };
  };
  const onTrail = steps.filter((step) => member.has(step.key));
  const nodes: TrailNode[] = onTrail.map(({ source, relay, key }) => ({
    key,
    date: source.data.published,
    outlet: source.data.publisher,
    says: says(relay.says),
    repeats: relay.source ? `source:${relay.source}` : `event:${relay.event}`,
    named: relay.named,
    change: relay.change ?? null,
    href: paths.source(source.id),
  }));
  // Origins: events of documents we did not see, and sources we saw that repeat nothing on this trail.
  for (const target of uniqueInOrder(nodes.map((node) => node.repeats!))) {
    if (nodes.some((node) => node.key === target)) continue;
    const [kind, id] = target.split(':') as ['event' | 'source', string];
    if (kind === 'event') {
      const event = events.get(id)!;
      nodes.push({ key: target, date: event.data.date, outlet: `${event.data.title} (not seen)`, says: says(event.data.claims[0] ?? claimId), repeats: null, named: true, change: null, href: paths.claim(event.data.claims[0] ?? claimId) });
    } else {
      const source = sources.get(id)!;
      const cited = records.claims.find((claim) => claim.id === claimId && claim.data.sources.some((use) => use.source === id)) ?? records.claims.find((claim) => claim.data.sources.some((use) => use.source === id))!;
      nodes.push({ key: target, date: source.data.published, outlet: source.data.publisher, says: says(cited.id), repeats: null, named: true, change: null, href: paths.source(id) });
    }
  }
  // Undated outlets go last: nothing places them earlier, and the date check keeps a dated one from repeating them.
  const sortDate = (node: TrailNode) => node.date ?? '~';
  return nodes.sort((a, b) => Number(a.repeats !== null) - Number(b.repeats !== null) || sortDate(a).localeCompare(sortDate(b)) || a.outlet.localeCompare(b.outlet, 'en') || a.key.localeCompare(b.key));
}

/** Why a request cannot be drawn from these records, or null when it can. */
export function chartRequestProblem(request: ChartRequest, records: ChartRecords): string | null {
  const kind = CHART_KINDS[request.name as ChartName];
  if (!kind) return `<Chart> name "${request.name}" is not a chart; use one of: ${Object.keys(CHART_KINDS).join(', ')}`;
  const value = kind.attribute ? request[kind.attribute] : undefined;
  const has = <T extends { id: string }>(list: T[], id: string | undefined) => list.some((entry) => entry.id === id);
  switch (request.name) {
    case 'anatomy':
      if (!value) return '<Chart name="anatomy"> needs article="…"';
      return has(records.articles, value) ? null : `<Chart name="anatomy"> names no article with the id "${value}"`;
    case 'attribution':
      if (!value) return '<Chart name="attribution"> needs claim="…"';
      return has(records.claims, value) ? null : `<Chart name="attribution"> names no claim with the id "${value}"`;
    case 'timeline':
      return value === undefined || has(records.actors, value) ? null : `<Chart name="timeline"> names no actor with the id "${value}"`;
    case 'status-breakdown':
      return value === 'article' || value === 'actor' ? null : '<Chart name="status-breakdown"> needs by="article" or by="actor"';
    case 'trail': {
      if (!value) return '<Chart name="trail"> needs claim="…"';
      if (!has(records.claims, value)) return `<Chart name="trail"> names no claim with the id "${value}"`;
      return trailNodes(records, value).some((node) => node.repeats !== null) ? null : `<Chart name="trail"> found no source whose relays say "${value}" or repeat an event listing it`;
    }
    case 'side-by-side': {
      const measures = embeddedSeries(records);
      if (measures.length < 2) return `<Chart name="side-by-side"> needs at least two series embedded in articles; found ${measures.length}`;
      return measures.map((measure) => chartRequestProblem({ name: 'series', measure }, records)).find((problem) => problem !== null) ?? null;
    }
    case 'claimed-vs-specified':
    case 'series': {
      if (!value) return `<Chart name="${request.name}"> needs measure="…"`;
      const figures = figuresOf(records, value);
      if (figures.length < 2) return `<Chart name="${request.name}"> needs at least two figures with the measure "${value}"; found ${figures.length}`;
      if (request.name === 'series' && figures.some(({ figure }) => !figure.period)) return `<Chart name="series"> needs a period on every figure of "${value}"`;
      if (request.name === 'series' && new Set(figures.map(({ figure }) => figure.period)).size < figures.length) return `<Chart name="series"> found two figures of "${value}" for one period`;
      if (request.name === 'claimed-vs-specified' && !figures.some(({ claim }) => claim.data.status === 'documented')) return `<Chart name="claimed-vs-specified"> needs a documented figure of "${value}" to compare against`;
      return null;
    }
  }
}

/** Who states a claim, for chart labels: the speaker, else the outermost named party of its chain. */
function whoStates(claim: Entry<Claim>, actors: Map<string, Entry<Actor>>): string {
  const id = claim.data.speaker ?? claim.data.attribution.find((link) => link.named && link.actor)?.actor;
  return (id && actors.get(id)?.data.name) ?? 'Unnamed source';
}

/** The publishers of the sources that support these claims, once each, in order. */
function supportingPublishers(claims: Entry<Claim>[], sources: Map<string, Entry<Source>>): string[] {
  return uniqueInOrder(claims.flatMap((claim) => claim.data.sources.filter((use) => use.relation === 'supports').map((use) => sources.get(use.source)?.data.publisher ?? use.source)));
}

/** A credit line naming the publishers of the sources that support the plotted claims. */
function creditLine(claims: Entry<Claim>[], sources: Map<string, Entry<Source>>): string {
  return `Sources: ${supportingPublishers(claims, sources).join('; ')}. Each figure links its claim record and sources.`;
}

/** Builds the chart a request names from the records. */
export function buildChart(request: ChartRequest, records: ChartRecords): ChartSpec {
  const actors = new Map(records.actors.map((actor) => [actor.id, actor]));
  const sources = new Map(records.sources.map((source) => [source.id, source]));
  const claims = new Map(records.claims.map((claim) => [claim.id, claim]));
  const claimRow = (claim: Entry<Claim>) => ({ id: claim.id, statement: claim.data.statement, status: claim.data.status, href: paths.claim(claim.id) });
  switch (request.name) {
    case 'anatomy': {
      const article = records.articles.find((entry) => entry.id === request.article)!;
      const ids = uniqueInOrder(scanArticleBody(article.body ?? '').claims.map((ref) => ref.id));
      return buildAnatomy({ article: { id: article.id, title: article.data.title }, claims: ids.map((id) => claimRow(claims.get(id)!)) });
    }
    case 'attribution': {
      const claim = claims.get(request.claim!)!;
      const links = claim.data.attribution.map((link) => {
        const actor = link.actor ? actors.get(link.actor) : undefined;
        const party = link.named ? actor!.data.name : `${link.description ?? 'unnamed'}${actor ? ` (within ${actor.data.name})` : ''}`;
        return { role: ATTRIBUTION_ROLE_LABELS[link.role], party, named: link.named, href: actor ? paths.actor(actor.id) : null };
      });
      return buildAttribution({ claim: claimRow(claim), links });
    }
    case 'timeline': {
      const about = request.about;
      const events = records.events
        .filter((event) => !about || event.data.claims.some((id) => claims.get(id)?.data.about.includes(about)))
        .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
      return buildTimeline({
        scope: about ? { id: about, label: actors.get(about)!.data.name } : null,
        events: events.map((event) => {
          // An event is marked by the first claim it lists: the claim behind it.
          const claim = event.data.claims[0] ? claims.get(event.data.claims[0]) : undefined;
          return { id: event.id, date: event.data.date, title: event.data.title, status: claim?.data.status ?? null, href: claim ? paths.claim(claim.id) : null };
        }),
      });
    }
    case 'status-breakdown': {
      if (request.by === 'article') {
        const groups = records.articles
          .filter((article) => article.data.kind === 'explainer')
          .map((article) => ({
            id: article.id,
            label: article.data.title,
            href: paths.article(article.id, 'explainer'),
            statuses: uniqueInOrder(scanArticleBody(article.body ?? '').claims.map((ref) => ref.id)).map((id) => claims.get(id)!.data.status),
          }))
          .sort((a, b) => b.statuses.length - a.statuses.length || a.label.localeCompare(b.label, 'en'));
        return buildBreakdown({ by: 'article', groups });
      }
      const byActor = new Map<string, Status[]>();
      for (const claim of records.claims) {
        for (const id of new Set(claim.data.attribution.filter((link) => link.named && link.actor).map((link) => link.actor!))) {
          byActor.set(id, [...(byActor.get(id) ?? []), claim.data.status]);
        }
      }
      // Parties named in at least three chains: fewer would make a share that says little.
      const groups = [...byActor]
        .filter(([, statuses]) => statuses.length >= 3)
        .map(([id, statuses]) => ({ id, label: actors.get(id)!.data.name, href: paths.actor(id), statuses }))
        .sort((a, b) => b.statuses.length - a.statuses.length || a.label.localeCompare(b.label, 'en'));
      return buildBreakdown({ by: 'actor', groups });
    }
    case 'claimed-vs-specified': {
      const figures = figuresOf(records, request.measure!);
      return buildComparison(
        {
          measure: request.measure!,
          unit: figures[0]!.figure.unit,
          figures: figures.map(({ claim, figure }) => ({ claimId: claim.id, who: whoStates(claim, actors), value: figure.value, qualifier: figure.qualifier ?? null, status: claim.data.status, href: paths.claim(claim.id) })),
          sourceLine: creditLine(figures.map(({ claim }) => claim), sources),
        },
        chartId(request),
      );
    }
    case 'series': {
      const figures = seriesFigures(records, request.measure!);
      return buildSeries(
        {
          measure: request.measure!,
          unit: figures[0]!.figure.unit,
          points: figures.map(({ claim, figure }) => ({
            period: figure.period!,
            value: figure.value,
            status: claim.data.status,
            href: paths.claim(claim.id),
            sources: uniqueInOrder(claim.data.sources.filter((use) => use.relation === 'supports').map((use) => sources.get(use.source)?.data.publisher ?? use.source)).join('; '),
          })),
          sourceLine: creditLine(figures.map(({ claim }) => claim), sources),
        },
        chartId(request),
      );
    }
    case 'trail': {
      const claim = claims.get(request.claim!)!;
      return buildTrail({ claim: { id: claim.id, statement: claim.data.statement }, nodes: trailNodes(records, claim.id) }, chartId(request));
    }
    case 'side-by-side': {
      const panels = embeddedSeries(records).map((measure) => {
        const figures = seriesFigures(records, measure);
        const qualifiers = uniqueInOrder(figures.flatMap(({ figure }) => (figure.qualifier ? [figure.qualifier] : [])));
        return {
          measure,
          unit: figures[0]!.figure.unit,
          periods: describePeriods(figures.map(({ figure }) => figure.period!)),
          counts: qualifiers.length ? qualifiers.join('; ') : null,
          sources: supportingPublishers(figures.map(({ claim }) => claim), sources).join('; '),
          points: figures.map(({ claim, figure }) => ({ period: figure.period!, value: figure.value, status: claim.data.status, href: paths.claim(claim.id) })),
        };
      });
      return buildSideBySide(panels, chartId(request));
    }
  }
}

/**
 * The claims a chart draws on, so its version (the latest update of those claims) and its citation can be
 * derived from the records like any page's.
 */
export function chartClaims(request: ChartRequest, records: ChartRecords): string[] {
  const explainerClaims = (article: ChartRecords['articles'][number]) => uniqueInOrder(scanArticleBody(article.body ?? '').claims.map((ref) => ref.id));
  switch (request.name) {
    case 'anatomy':
      return explainerClaims(records.articles.find((entry) => entry.id === request.article)!);
    case 'attribution':
      return [request.claim!];
    case 'timeline': {
      const about = request.about;
      const claims = new Map(records.claims.map((claim) => [claim.id, claim]));
      return uniqueInOrder(records.events.filter((event) => !about || event.data.claims.some((id) => claims.get(id)?.data.about.includes(about))).flatMap((event) => event.data.claims.slice(0, 1)));
    }
    case 'status-breakdown':
      return request.by === 'article'
        ? uniqueInOrder(records.articles.filter((article) => article.data.kind === 'explainer').flatMap(explainerClaims))
        : records.claims.filter((claim) => claim.data.attribution.some((link) => link.named && link.actor)).map((claim) => claim.id);
    case 'claimed-vs-specified':
    case 'series':
      return uniqueInOrder(figuresOf(records, request.measure!).map(({ claim }) => claim.id));
    case 'trail':
      return uniqueInOrder(trailNodes(records, request.claim!).map((node) => node.says.id));
    case 'side-by-side':
      return uniqueInOrder(embeddedSeries(records).flatMap((measure) => figuresOf(records, measure).map(({ claim }) => claim.id)));
  }
}

/** Every chart of the site, once each by id, in a stable order: site charts first, then articles' in reading order. */
export function allChartRequests(records: ChartRecords): ChartRequest[] {
  const requests = [...SITE_CHARTS, ...records.articles.flatMap((article) => scanArticleBody(article.body ?? '').charts.map((chart) => chartRequest(chart.attributes)))];
  const seen = new Set<string>();
  return requests.filter((request) => {
    const id = chartId(request);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
