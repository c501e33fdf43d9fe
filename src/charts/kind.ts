/**
 * What a chart kind is: the grammar of its `<Chart>` tag, its permalink id, why a request cannot be drawn, how it
 * is built from the records and which claims it draws on. Each kind is one module in `kinds/`, registered in one
 * list (`registry.ts`), as a d3-shape symbol type is one object. Pure: no Astro.
 */
import { words } from '../i18n';
import type { Actor, Claim, Event, Source } from '../schemas';
import type { Language } from '../schemas/language';
import { uniqueInOrder, type WithId as Entry } from '../lib/evidence/relations';
import { pathsIn } from '../lib/paths';
import type { ChartSpec } from './spec';

/** Every attribute a `<Chart>` tag may carry; which ones a kind reads is part of its grammar. */
export const CHART_ATTRIBUTES = ['article', 'claim', 'measure', 'about', 'by', 'region'] as const;
export type ChartAttribute = (typeof CHART_ATTRIBUTES)[number];

/** A chart as an article or page asks for it: its kind's name and the attributes that pick its records. */
export type ChartRequest = { name: string } & Partial<Record<ChartAttribute, string>>;

/** The records charts are built from: Astro's collections or the content check's records, alike. */
export interface ChartRecords {
  claims: Entry<Claim>[];
  sources: Entry<Source>[];
  actors: Entry<Actor>[];
  events: Entry<Event>[];
  articles: (Entry<{ title: string; kind: string }> & { body?: string | undefined })[];
}

export interface ChartKind {
  /** The name an article writes: `<Chart name="…" />`. */
  name: string;
  /** What the chart shows, for authors. */
  doc: string;
  /** The attributes it reads, each with whether it is required and what it means. */
  attributes: Partial<Record<ChartAttribute, { required: boolean; doc: string }>>;
  /** The permalink id, the same for every page that embeds the same chart. */
  id(request: ChartRequest): string;
  /** Why the request cannot be drawn from these records (beyond a missing required attribute), or null. */
  problem(request: ChartRequest, records: ChartRecords): string | null;
  /**
   * The chart, from records the problem check has passed, with its words in a language and its rows linking that
   * language's pages. Its id is the same in every language; what records say stays as they say it.
   */
  build(request: ChartRequest, records: ChartRecords, language?: Language): ChartSpec;
  /** The claims the chart draws on: its version is their latest update, and hubs list it by them. */
  claims(request: ChartRequest, records: ChartRecords): string[];
}

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

export function measureSlug(measure: string): string {
  let id = '';
  for (const word of slug(measure).split('-')) {
    const longer = id ? `${id}-${word}` : word;
    if (id && longer.length > MEASURE_ID_LENGTH) break;
    id = longer;
  }
  return id;
}

/** Reads a `<Chart>` tag's attributes as a request. */
export function chartRequest(attributes: Map<string, string> | Record<string, string>): ChartRequest {
  const get = (key: string) => (attributes instanceof Map ? attributes.get(key) : attributes[key]);
  const request: ChartRequest = { name: get('name') ?? '' };
  for (const key of CHART_ATTRIBUTES) {
    const value = get(key);
    if (value !== undefined) request[key] = value;
  }
  return request;
}

/** Whether a list of records holds an id. */
export const hasId = (list: { id: string }[], id: string | undefined) => list.some((entry) => entry.id === id);

/** The figures of one measure, with the claim that states each. */
export function figuresOf(records: ChartRecords, measure: string) {
  return records.claims.flatMap((claim) => claim.data.figures.filter((figure) => figure.measure === measure).map((figure) => ({ claim, figure })));
}

/** A claim as a chart row points to it, at its page in a language. */
export const claimRow = (claim: Entry<Claim>, language: Language = 'en') => ({ id: claim.id, statement: claim.data.statement, status: claim.data.status, href: pathsIn(language).claim(claim.id) });

/** The publishers of the sources that support these claims, once each, in order. */
export function supportingPublishers(claims: Entry<Claim>[], sources: ChartRecords['sources']): string[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return uniqueInOrder(claims.flatMap((claim) => claim.data.sources.filter((use) => use.relation === 'supports').map((use) => byId.get(use.source)?.data.publisher ?? use.source)));
}

/** A credit line naming the publishers of the sources that support the plotted claims. */
export function creditLine(claims: Entry<Claim>[], sources: ChartRecords['sources'], language: Language = 'en'): string {
  return words(language).charts.credit(supportingPublishers(claims, sources).join('; '));
}
