import { words } from '../i18n';
import { STATUSES, type Status } from '../schemas';
import type { Language } from '../schemas/language';
import { statusLabel } from './encoding';
import type { LegendItem } from './spec';

/** The legend for the statuses a chart actually shows, in the order of STATUSES, then "no graded claim". */
export function legendFor(statuses: Iterable<Status | null>, language: Language = 'en'): LegendItem[] {
  const present = new Set(statuses);
  const items: LegendItem[] = STATUSES.filter((status) => present.has(status)).map((status) => ({ status, label: statusLabel(status, language) }));
  if (present.has(null)) items.push({ status: null, label: words(language).charts.noClaim });
  return items;
}

/** How many of `items` have each status, in the order of STATUSES; statuses with none are left out. */
export function countByStatus(statuses: (Status | null)[]): { status: Status; count: number }[] {
  return STATUSES.map((status) => ({ status, count: statuses.filter((s) => s === status).length })).filter((entry) => entry.count > 0);
}

/** A number of claims or figures with a status: "2 reported". */
export function statusCount(count: number, status: Status, language: Language = 'en'): string {
  const word = words(language).charts.statusWord[status];
  return `${count} ${count === 1 ? word.one : word.other}`;
}

/** "9 documented, 14 reported and 3 contradicted". */
export function describeCounts(counts: { status: Status; count: number }[], language: Language = 'en'): string {
  const text = words(language).charts;
  const parts = counts.map((entry) => statusCount(entry.count, entry.status, language));
  return parts.length <= 1 ? (parts[0] ?? text.none) : `${parts.slice(0, -1).join(', ')} ${text.and} ${parts.at(-1)}`;
}

/** A status as a table cell. */
export function statusCell(status: Status | null, language: Language = 'en'): string {
  return status ? statusLabel(status, language) : words(language).charts.noClaim;
}
