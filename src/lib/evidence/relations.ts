import { compareText } from '../format';
import { STATUSES, type Claim, type Status } from '../../schemas';

/**
 * Views derived from the records for pages: which claims cite a source, involve an actor, or fall under a
 * status. Pure functions over plain records, so every page derives them the same way.
 */
export interface WithId<T> {
  id: string;
  data: T;
}

/** Claims grouped by status, in the order of STATUSES, each group sorted by statement. */
export function claimsByStatus<T extends WithId<Pick<Claim, 'status' | 'statement'>>>(claims: T[]): { status: Status; claims: T[] }[] {
  return STATUSES.map((status) => ({
    status,
    claims: claims.filter((claim) => claim.data.status === status).sort((a, b) => compareText(a.data.statement, b.data.statement)),
  }));
}

/**
 * Groups items under each key they list, in one pass. Pages look relations up here instead of scanning every
 * record per page, which would make the build grow with the square of the content.
 */
export function groupByKeys<T>(items: Iterable<T>, keys: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** For each source id, the claims that cite it, with how each uses it. */
export function citationsBySource<T extends WithId<Pick<Claim, 'sources'>>>(claims: T[]) {
  const citations = claims.flatMap((claim) => claim.data.sources.map((use) => ({ claim, source: use.source, relation: use.relation, locator: use.locator })));
  return groupByKeys(citations, (citation) => [citation.source]);
}

/** For each actor id, the links of attribution chains it holds, in claim order. */
export function attributionsByActor<T extends WithId<Pick<Claim, 'attribution'>>>(claims: T[]) {
  const links = claims.flatMap((claim) => claim.data.attribution.map((link) => ({ claim, actor: link.actor, role: link.role, named: link.named })));
  return groupByKeys(links, (link) => (link.actor ? [link.actor] : []));
}

/** Chain length and unnamed links: facts a reader can see about any claim (see the methodology page). */
export function chainSummary(claim: Pick<Claim, 'attribution'>): { links: number; unnamed: number } {
  return { links: claim.attribution.length, unnamed: claim.attribution.filter((link) => !link.named).length };
}

/** Ids in order of first appearance, without repeats (an article's claims in reading order). */
export function uniqueInOrder(ids: string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Claims related to one claim, strongest first: those that appear in the same articles or are about the same
 * actors, by how many of these they share; ties in statement order. At most `limit`. Looks only at the claims
 * sharing an article or an actor (through the given indexes), so a site's claim pages cost time in proportion
 * to the claims, not to their square.
 */
export function relatedClaims<T extends WithId<Pick<Claim, 'about' | 'statement'>>>(
  claim: T,
  index: { articlesOf: (claimId: string) => string[]; claimsInArticle: (articleId: string) => T[]; claimsAbout: (actorId: string) => T[] },
  limit = 5,
): T[] {
  const shared = new Map<string, { other: T; count: number }>();
  const count = (other: T) => {
    if (other.id === claim.id) return;
    const entry = shared.get(other.id) ?? { other, count: 0 };
    entry.count += 1;
    shared.set(other.id, entry);
  };
  for (const articleId of new Set(index.articlesOf(claim.id))) index.claimsInArticle(articleId).forEach(count);
  for (const actorId of new Set(claim.data.about)) index.claimsAbout(actorId).forEach(count);
  return [...shared.values()]
    .sort((a, b) => b.count - a.count || compareText(a.other.data.statement, b.other.data.statement))
    .slice(0, limit)
    .map((entry) => entry.other);
}

/** The explainers in reading order: by `order`, then by title. */
export function readingOrder<T extends WithId<{ title: string; kind: string; order?: number | undefined }>>(articles: T[]): T[] {
  return articles.filter((article) => article.data.kind === 'explainer').sort((a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || compareText(a.data.title, b.data.title));
}
