import { STATUSES, type Status } from '../schemas';
import { STATUS_ENCODING } from './encoding';
import type { LegendItem } from './spec';

/** Label of marks with no graded claim behind them. */
export const NO_CLAIM_LABEL = 'No graded claim';

/** The legend for the statuses a chart actually shows, in the order of STATUSES, then "no graded claim". */
export function legendFor(statuses: Iterable<Status | null>): LegendItem[] {
  const present = new Set(statuses);
  const items: LegendItem[] = STATUSES.filter((status) => present.has(status)).map((status) => ({ status, label: STATUS_ENCODING[status].label }));
  if (present.has(null)) items.push({ status: null, label: NO_CLAIM_LABEL });
  return items;
}

/** How many of `items` have each status, in the order of STATUSES; statuses with none are left out. */
export function countByStatus(statuses: (Status | null)[]): { status: Status; count: number }[] {
  return STATUSES.map((status) => ({ status, count: statuses.filter((s) => s === status).length })).filter((entry) => entry.count > 0);
}

/** "9 documented, 14 reported and 3 contradicted". */
export function describeCounts(counts: { status: Status; count: number }[]): string {
  const parts = counts.map((entry) => `${entry.count} ${entry.status}`);
  return parts.length <= 1 ? (parts[0] ?? 'none') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** A status as a table cell. */
export function statusCell(status: Status | null): string {
  return status ? STATUS_ENCODING[status].label : NO_CLAIM_LABEL;
}

