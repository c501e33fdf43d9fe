import { words } from '../i18n';
import type { Language } from '../schemas/language';

/**
 * An ISO date as prose writes it in a language (see the methodology page), as precise as it is: `2025-09-08` →
 * `8 September 2025` (`8 de septiembre de 2025`), `2025-09` → `September 2025`, `2025` → `2025`; unknown stays visible.
 */
export function formatDate(iso: string | null | undefined, language: Language = 'en'): string {
  const { locale, dateUnknown } = words(language);
  if (!iso) return dateUnknown;
  const [year, month, day] = iso.split('-').map(Number);
  if (!month) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return dateFormat(locale, day ? 'day' : 'month').format(date);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and precision, made once: pages format thousands of dates. */
function dateFormat(locale: string, precision: 'day' | 'month' | 'month name'): Intl.DateTimeFormat {
  const key = `${locale}:${precision}`;
  if (!dateFormats.has(key)) {
    const options: Intl.DateTimeFormatOptions = precision === 'month name' ? { month: 'long' } : { ...(precision === 'day' ? { day: 'numeric' } : {}), month: 'long', year: 'numeric' };
    dateFormats.set(key, new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));
  }
  return dateFormats.get(key)!;
}

/** A month's name (1 to 12) in a language: `4` → `April` (`abril`). */
function monthName(month: number, language: Language): string {
  return dateFormat(words(language).locale, 'month name').format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** Whole months from `YYYY-MM` to `YYYY-MM`, both included. */
function monthsBetween(start: string, end: string): number {
  const [y1, m1] = start.split('-').map(Number);
  const [y2, m2] = end.split('-').map(Number);
  return (y2! - y1!) * 12 + (m2! - m1!) + 1;
}

/**
 * A figure's period (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM/YYYY-MM`) as a reader of a language reads it.
 * `long`, for tables and prose: "April 2020 to March 2021" ("abril de 2020 a marzo de 2021"). `short`, for chart
 * labels: "Apr 2020", and "2020/21" for twelve months that run across two years, the form in which governments
 * publish financial years.
 */
export function formatPeriod(period: string, style: 'short' | 'long', language: Language = 'en'): string {
  const [start, end] = period.split('/');
  if (!end) {
    if (style === 'long' || start!.length !== 7) return formatDate(start, language);
    const [year, month] = start!.split('-').map(Number);
    return `${words(language).shortMonths[month! - 1]} ${year}`;
  }
  if (style === 'long') return words(language).charts.periods.range(formatDate(start, language), formatDate(end, language));
  const [y1] = start!.split('-').map(Number);
  const [y2] = end.split('-').map(Number);
  if (monthsBetween(start!, end) === 12 && y2 === y1! + 1) return `${y1}/${String(y2).slice(2)}`;
  return `${formatPeriod(start!, 'short', language)}–${formatPeriod(end, 'short', language)}`;
}

/**
 * What the periods of one series are, in words of a language: "calendar years", "twelve-month years from April
 * to March" ("periodos de doce meses de abril a marzo").
 */
export function describePeriods(periods: string[], language: Language = 'en'): string {
  const text = words(language).charts.periods;
  if (periods.every((period) => /^\d{4}$/.test(period))) return text.calendarYears;
  if (periods.every((period) => /^\d{4}-\d{2}$/.test(period))) return text.months;
  if (periods.every((period) => /^\d{4}-\d{2}-\d{2}$/.test(period))) return text.days;
  const intervals = periods.map((period) => period.split('/'));
  const startMonths = new Set(intervals.map(([start]) => start!.slice(5)));
  if (intervals.every(([start, end]) => end && monthsBetween(start!, end) === 12) && startMonths.size === 1) {
    const first = Number([...startMonths][0]);
    return first === 1 ? text.calendarYears : text.twelveMonths(monthName(first, language), monthName(((first + 10) % 12) + 1, language));
  }
  return text.mixed;
}

const languageNames = new Map<Language, Intl.DisplayNames>();

/** A language tag as a reader of the page's language says it: `es` → `Spanish`, or `español` in Spanish. */
export function formatLanguage(tag: string, language: Language = 'en'): string {
  if (!languageNames.has(language)) languageNames.set(language, new Intl.DisplayNames([words(language).locale], { type: 'language' }));
  return languageNames.get(language)!.of(tag) ?? tag;
}

/** A name as a byline prints it: "Robert J. Bunker", or an organisation's name as it is. */
export function formatName(name: { family: string; given?: string } | { literal: string }): string {
  return 'literal' in name ? name.literal : name.given ? `${name.given} ${name.family}` : name.family;
}

/** A number as prose and charts write it in a language: 1,200. */
export const formatNumber = (value: number, language: Language = 'en'): string => value.toLocaleString(words(language).locale);

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

const collators = new Map<string, Intl.Collator>();

/** Compares two texts as a reader of the language sorts them; `base` ignores case and accents (a glossary's order). */
export function compareText(a: string, b: string, language: Language = 'en', sensitivity: 'base' | 'variant' = 'variant'): number {
  const key = `${language}:${sensitivity}`;
  if (!collators.has(key)) collators.set(key, new Intl.Collator(words(language).locale, { sensitivity }));
  return collators.get(key)!.compare(a, b);
}
