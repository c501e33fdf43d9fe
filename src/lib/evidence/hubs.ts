/**
 * Hubs: one page per use and per country, gathering what the site holds on it. Built once from the records;
 * pages only render what this returns.
 */
import { words } from '../../i18n';
import type { Claim, Event, Language, Status, Use } from '../../schemas';
import { USES } from '../../schemas';
import { countryName } from '../countries';
import { claimsByStatus, groupByKeys, type WithId } from './relations';

/** A country gets a hub once this many claims are about it: fewer would make a page of one or two links. */
export const COUNTRY_HUB_MIN_CLAIMS = 3;

export interface Hub<C, E> {
  /** The use's id (`attack`) or the country's lowercase ISO code (`mx`): the last part of the hub's address. */
  id: string;
  /** The use or the country code (`MX`) as recorded. */
  key: string;
  claims: C[];
  /** The hub's claims grouped by status, strongest evidence first. */
  byStatus: { status: Status; claims: C[] }[];
  events: E[];
  /** Ids of the articles that refer to any of the hub's claims, in the order given. */
  articles: string[];
  /** Ids of the charts that draw any of the hub's claims, in the order given. */
  charts: string[];
}

type ClaimLike = WithId<Pick<Claim, 'status' | 'statement' | 'countries' | 'uses'>>;
type EventLike = WithId<Pick<Event, 'countries' | 'uses'>>;

/**
 * Every use hub (one per use, even one the site holds nothing on yet) and every country hub (countries with at least
 * `COUNTRY_HUB_MIN_CLAIMS` claims), with their claims by status, events, articles and charts.
 */
export function buildHubs<C extends ClaimLike, E extends EventLike>(
  claims: C[],
  events: E[],
  related: { articles: { id: string; claims: string[] }[]; charts: { id: string; claims: string[] }[] },
) {
  const hub = (id: string, key: string, hubClaims: C[], hubEvents: E[]): Hub<C, E> => {
    const ids = new Set(hubClaims.map((claim) => claim.id));
    const uses = (list: { id: string; claims: string[] }[]) => list.filter((entry) => entry.claims.some((claim) => ids.has(claim))).map((entry) => entry.id);
    return { id, key, claims: hubClaims, byStatus: claimsByStatus(hubClaims), events: hubEvents, articles: uses(related.articles), charts: uses(related.charts) };
  };
  const claimsByUse = groupByKeys(claims, (claim) => claim.data.uses);
  const eventsByUse = groupByKeys(events, (event) => event.data.uses);
  const claimsByCountry = groupByKeys(claims, (claim) => claim.data.countries);
  const eventsByCountry = groupByKeys(events, (event) => event.data.countries);
  const uses = USES.map((use: Use) => hub(use, use, claimsByUse.get(use) ?? [], eventsByUse.get(use) ?? []));
  const countries = [...claimsByCountry.entries()]
    .filter(([, list]) => list.length >= COUNTRY_HUB_MIN_CLAIMS)
    .map(([code, list]) => hub(code.toLowerCase(), code, list, eventsByCountry.get(code) ?? []))
    .sort((a, b) => b.claims.length - a.claims.length || a.key.localeCompare(b.key));
  return { uses, countries };
}

/** The title of a hub, as its page, its citations and links name it. */
export const useHubTitle = (use: Use, language: Language = 'en') => words(language).hubs.useTitle(words(language).use[use].name);
export const countryHubTitle = (code: string, language: Language = 'en') => words(language).hubs.countryTitle(countryName(code, language));
