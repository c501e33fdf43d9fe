const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * An ISO date as prose writes it (see the methodology page), as precise as it is: `2025-09-08` → `8 September 2025`,
 * `2025-09` → `September 2025`, `2025` → `2025`; unknown stays visible.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'date unknown';
  const [year, month, day] = iso.split('-').map(Number);
  return [day, month ? MONTHS[month - 1] : undefined, year].filter((part) => part !== undefined).join(' ');
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language tag as a reader says it: `es` → `Spanish`. */
export const formatLanguage = (tag: string): string => LANGUAGE_NAMES.of(tag) ?? tag;

/** A name as a byline prints it: "Robert J. Bunker", or an organisation's name as it is. */
export function formatName(name: { family: string; given?: string } | { literal: string }): string {
  return 'literal' in name ? name.literal : name.given ? `${name.given} ${name.family}` : name.family;
}

/** "1 claim", "3 claims". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * A source's title as citations print it: a title as published goes in quotation marks; our description of a
 * document whose title we did not see goes in square brackets, so it is never mistaken for the real title.
 */
export function formatSourceTitle(source: { title: string; titleIsDescription: boolean }): string {
  return source.titleIsDescription ? `[${source.title}]` : `“${source.title}”`;
}

/** The first `words` words of a text, with an ellipsis when it was cut (for breadcrumbs and compact lists). */
export function shorten(text: string, words = 8): string {
  const parts = text.trim().split(/\s+/);
  return parts.length <= words ? text.trim() : `${parts.slice(0, words).join(' ').replace(/[,;:.]$/, '')}…`;
}
