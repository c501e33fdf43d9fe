import { z } from 'astro/zod';
import { expecting, isoDate, text } from './common';

/**
 * The languages of the site: English, the language every record is written in, and the languages it is
 * translated into. Adding a language is one entry here, one dictionary and the translated content.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';
/** The languages records may carry translations for. */
export const TRANSLATED_LANGUAGES = LANGUAGES.filter((language): language is Exclude<Language, 'en'> => language !== DEFAULT_LANGUAGE);
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/**
 * A record's translations of its reader-facing text: `translations: { es: { … } }`, each language optional, each
 * with every field of `shape` (a translation is whole or absent).
 */
export function translationsField<Shape extends z.ZodRawShape>(shape: Shape) {
  const one = z.strictObject(shape, { error: expecting('the translated fields') });
  const languages = Object.fromEntries(TRANSLATED_LANGUAGES.map((language) => [language, one.optional()])) as Record<TranslatedLanguage, z.ZodOptional<typeof one>>;
  return z.strictObject(languages, { error: expecting(`translations by language code (${TRANSLATED_LANGUAGES.join(', ')})`) }).default({});
}

/**
 * Front matter of a translated article. File: `content/articles-<language>/<id>.mdx`, where `<id>` is the English
 * article's: the body keeps its claims, sources and charts, in the same order, in the other language.
 */
export const articleTranslationSchema = z.strictObject({
  /** The headline, translated. */
  title: text,
  /** The one-sentence description, translated. */
  description: text,
  /** When the translation was first published. */
  published: isoDate,
  /** Its last substantive update. */
  updated: isoDate,
});

export type ArticleTranslation = z.infer<typeof articleTranslationSchema>;

/** The language a route's `lang` parameter names (none: the default language). */
export function languageOf(locale: string | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(locale ?? '') ? (locale as Language) : DEFAULT_LANGUAGE;
}
