/**
 * One home for the words a reader sees, one dictionary per language, behind one function. A dictionary has the
 * shape of the English one, so a language that lacks a word fails the type check. Pure: no Astro.
 */
import type { Language } from '../schemas/language';
import { en } from './en';
import { es } from './es';

export type Dictionary = typeof en;

const DICTIONARIES: Record<Language, Dictionary> = { en, es };

/** The words of a language. */
export function words(language: Language = 'en'): Dictionary {
  return DICTIONARIES[language];
}
