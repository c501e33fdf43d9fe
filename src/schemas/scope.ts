import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';
import { expecting } from './common';

/**
 * What a claim or event is about: where (countries) and what kind of drone use. Both are required on every
 * claim and event, so hubs, filters and the open data can gather records by place and by use.
 */

/** The kinds of use, one closed list; their names and definitions for readers are in the dictionaries (`src/i18n/`). */
export const USES = ['trafficking', 'prison-contraband', 'surveillance', 'attack', 'maritime', 'counter-drone', 'other'] as const;
export type Use = (typeof USES)[number];

/**
 * ISO 3166-1 codes that are exceptionally reserved rather than assigned (their names are in the dictionaries):
 * `EU` for records about the European Union's own law and agencies, which belong to no one member state.
 */
export const RESERVED_CODES = ['EU'] as const;
export const isReservedCode = (code: string): code is (typeof RESERVED_CODES)[number] => (RESERVED_CODES as readonly string[]).includes(code);

/** An ISO 3166-1 alpha-2 code, checked against the list maintained in `i18n-iso-countries`, or a reserved code. */
export const countryCode = z
  .string({ error: expecting('an ISO 3166-1 alpha-2 country code such as "MX"') })
  .refine((code) => /^[A-Z]{2}$/.test(code) && (countries.isValid(code) || isReservedCode(code)), { error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code (two capital letters, such as "MX")` });

/** The countries a record is about: where it happened, or whose act, law or statistic it concerns. */
export const countriesField = z
  .array(countryCode, { error: expecting('a list of country codes, such as [MX, US]') })
  .min(1, { error: 'needs at least one country code' })
  .refine((codes) => new Set(codes).size === codes.length, { error: 'lists a country twice' });

/** The uses a record is about, from the closed list. */
export const usesField = z
  .array(z.enum(USES, { error: expecting(`one of: ${USES.join(', ')}`) }), { error: expecting(`a list of uses, such as [attack]`) })
  .min(1, { error: 'needs at least one use' })
  .refine((uses) => new Set(uses).size === uses.length, { error: 'lists a use twice' });
