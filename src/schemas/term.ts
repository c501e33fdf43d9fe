import { z } from 'astro/zod';
import { expecting, recordId, text } from './common';
import { translationsField } from './language';

/** A source behind a glossary definition, with where in it the definition can be checked. */
export const termSourceSchema = z.strictObject({
  /** Source id. */
  source: recordId,
  /** Where in the source: article, section, page or paragraph. */
  locator: text,
});

/** A glossary term: a word readers meet in the articles, defined in our words. File: `content/glossary/<id>.yaml`. */
export const termSchema = z.strictObject({
  /** Permalink id (the anchor on the glossary page); equals the file name. */
  id: recordId,
  /** The term as it is headed on the glossary page, e.g. "FPV (first-person view)". */
  term: text,
  /** Other spellings or expansions an article may use, e.g. "first-person view"; matched case-insensitively. */
  aliases: z.array(text, { error: expecting('a list') }).default([]),
  /** The definition in our own words: one to three neutral sentences. */
  definition: text,
  /** Sources that support the definition; at least one. */
  sources: z.array(termSourceSchema, { error: expecting('a list') }).min(1, { error: 'needs at least one source for the definition' }),
  /** Ids of other glossary terms a reader may want next. */
  related: z.array(recordId, { error: expecting('a list') }).default([]),
  /** The heading, definition and other spellings in other languages. */
  translations: translationsField({ term: text, definition: text, aliases: z.array(text, { error: expecting('a list') }).default([]) }),
});

export type Term = z.infer<typeof termSchema>;
