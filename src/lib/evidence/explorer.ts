import { compareText } from '../format';
import type { Actor, Claim, Status, Use } from '../../schemas';
import { chainSummary, type WithId } from './relations';

/** One row of the evidence explorer: what a reader sorts and filters claims by. */
export interface ExplorerRow {
  id: string;
  statement: string;
  status: Status;
  /** Who makes the claim: the speaker, else the outermost named party of the chain. */
  actor: { id: string; name: string } | null;
  /** The day the claim was last assessed. */
  assessed: string;
  sources: number;
  links: number;
  unnamed: number;
  /** Ids of the articles that refer to the claim: its topics. */
  topics: string[];
  /** ISO codes of the countries the claim is about. */
  countries: string[];
  /** The uses the claim is about. */
  uses: Use[];
}

export function explorerRows(claims: WithId<Claim>[], actors: Map<string, WithId<Actor>>, topicsOf: (claimId: string) => string[]): ExplorerRow[] {
  return claims
    .map((claim) => {
      const actorId = claim.data.speaker ?? claim.data.attribution.find((link) => link.named && link.actor)?.actor;
      const actor = actorId ? actors.get(actorId) : undefined;
      const chain = chainSummary(claim.data);
      return {
        id: claim.id,
        statement: claim.data.statement,
        status: claim.data.status,
        actor: actor ? { id: actor.id, name: actor.data.name } : null,
        assessed: claim.data.assessed,
        sources: new Set(claim.data.sources.map((use) => use.source)).size,
        links: chain.links,
        unnamed: chain.unnamed,
        topics: topicsOf(claim.id),
        countries: claim.data.countries,
        uses: claim.data.uses,
      };
    })
    .sort((a, b) => compareText(a.statement, b.statement));
}
