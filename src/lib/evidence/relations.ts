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
    claims: claims.filter((claim) => claim.data.status === status).sort((a, b) => a.data.statement.localeCompare(b.data.statement, 'en')),
  }));
}

/** The claims that cite a source, with how each uses it. */
export function claimsCitingSource<T extends WithId<Pick<Claim, 'sources'>>>(claims: T[], sourceId: string) {
  return claims.flatMap((claim) =>
    claim.data.sources.filter((use) => use.source === sourceId).map((use) => ({ claim, relation: use.relation, locator: use.locator })),
  );
}

/** How an actor takes part in claims: as a link of the attribution chain, or as what the claim is about. */
export function claimsInvolvingActor<T extends WithId<Pick<Claim, 'attribution' | 'about'>>>(claims: T[], actorId: string) {
  return {
    attributed: claims.flatMap((claim) =>
      claim.data.attribution.filter((link) => link.actor === actorId).map((link) => ({ claim, role: link.role, named: link.named })),
    ),
    about: claims.filter((claim) => claim.data.about.includes(actorId)),
  };
}

/** Chain length and unnamed links: facts a reader can see about any claim (EDITORIAL.md §3). */
export function chainSummary(claim: Pick<Claim, 'attribution'>): { links: number; unnamed: number } {
  return { links: claim.attribution.length, unnamed: claim.attribution.filter((link) => !link.named).length };
}

/** Ids in order of first appearance, without repeats (an article's claims in reading order). */
export function uniqueInOrder(ids: string[]): string[] {
  return [...new Set(ids)];
}
