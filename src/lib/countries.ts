/** Country names for readers, from the same maintained ISO 3166-1 list the schema checks codes against. */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import { words } from '../i18n';
import type { Language } from '../schemas/language';
import { isReservedCode } from '../schemas/scope';

countries.registerLocale(en);
countries.registerLocale(es);

/**
 * `MX` → `Mexico`. Where the package lists a short form that the official name begins or ends with, that is the
 * name readers use ("United States", "Russia", "China"); otherwise the official name ("United Kingdom", not "UK").
 */
export function countryName(code: string, language: Language = 'en'): string {
  if (isReservedCode(code)) return words(language).reservedCountry[code];
  const [official, ...aliases] = countries.getName(code, language, { select: 'all' }) ?? [];
  if (!official) throw new Error(`No country name for the code "${code}"`);
  const short = aliases.find((alias) => /[a-z]/.test(alias) && (official.startsWith(`${alias}`) || official.endsWith(` ${alias}`)));
  return short ?? official;
}

/** `MX` → `484`: the ISO 3166-1 numeric code, which map boundaries (Natural Earth via world-atlas) are keyed by; undefined for a reserved code. */
export function countryNumeric(code: string): string | undefined {
  return isReservedCode(code) ? undefined : countries.alpha2ToNumeric(code);
}
