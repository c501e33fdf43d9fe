import type { Claim, Status } from '../../schemas';
import type { WithId } from './relations';

/** One status change of one claim: a correction (see the methodology page). */
export interface StatusCorrection<T> {
  claim: T;
  /** The day the claim left the earlier status. */
  date: string;
  from: Status;
  to: Status;
  /** Why the earlier status was changed. */
  reason: string;
}

/**
 * Every status change in the claims' histories, newest first. A history entry records an earlier status and
 * why it changed; the status it changed to is the next entry's, or the claim's current one. The change is dated
 * when the next status was assigned (the next entry's date, or the claim's `assessed` date).
 */
export function statusCorrections<T extends WithId<Pick<Claim, 'status' | 'assessed' | 'history'>>>(claims: T[]): StatusCorrection<T>[] {
  const corrections = claims.flatMap((claim) =>
    claim.data.history.map((entry, i) => {
      const next = claim.data.history[i + 1];
      return { claim, date: next?.date ?? claim.data.assessed, from: entry.status, to: next?.status ?? claim.data.status, reason: entry.reason };
    }),
  );
  return corrections.sort((a, b) => b.date.localeCompare(a.date) || a.claim.id.localeCompare(b.claim.id));
}
