import type { Claim } from '../../schemas';
import { statusCorrections } from './corrections';

/** One line of a change log. */
export interface LogEntry {
  date: string;
  text: string;
}

/**
 * A claim's versions, from its content alone (never from file times): first published, last updated (the latest
 * of its assessment and its changes), and one change log of status changes and other corrections, newest first.
 */
export function claimVersion(claim: { id: string; data: Pick<Claim, 'published' | 'assessed' | 'status' | 'history' | 'changes'> }): { published: string; updated: string; log: LogEntry[] } {
  const statusChanges = statusCorrections([claim]).map((change) => ({ date: change.date, text: `Status changed from ${change.from} to ${change.to}. ${change.reason}` }));
  const log = [...statusChanges, ...claim.data.changes.map((change) => ({ date: change.date, text: change.summary }))].sort((a, b) => b.date.localeCompare(a.date));
  const updated = [claim.data.assessed, ...claim.data.changes.map((change) => change.date)].reduce((latest, date) => (date > latest ? date : latest));
  return { published: claim.data.published, updated, log };
}
