/** Country names for readers, from the same maintained ISO 3166-1 list the schema checks codes against. */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/** `MX` → `Mexico`; the short form where the package has one ("United States", not "United States of America"). */
export function countryName(code: string): string {
  const name = countries.getName(code, 'en', { select: 'alias' }) ?? countries.getName(code, 'en');
  if (!name) throw new Error(`No country name for the code "${code}"`);
  return name;
}
