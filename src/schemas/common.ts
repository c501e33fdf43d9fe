import { z } from 'astro/zod';

/** An error message that tells a missing field from a wrong one. */
export function expecting(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : `must be ${what}`);
}

/**
 * A record id: lowercase kebab-case, locale-neutral. It is a permalink, so it is never renamed or reused,
 * and it must equal the record's file name (without extension) so an error names the right file.
 */
export const recordId = z
  .string({ error: expecting('a text id') })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lowercase kebab-case, e.g. "cjng-fto-designation"' });

/** YAML parsers differ on unquoted dates (some yield a Date): read a Date back as the `YYYY-MM-DD` text it was. */
export function yamlDateAsText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers differ on unquoted dates (some yield a Date), so a Date
 * is accepted and normalised to the same text before it is checked.
 */
export const isoDate = z.preprocess(
  yamlDateAsText,
  z
    .string({ error: expecting('a date written YYYY-MM-DD') })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
    .refine((text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
    }, { error: 'is not a real calendar date' }),
);

/** A web address a reader can open: only `http` and `https`, so no content can smuggle in a `javascript:` link. */
export const webUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: expecting('a full http(s) URL') });

/** Non-empty text on one or more lines; surrounding whitespace is not significant. */
export const text = z.string({ error: expecting('text') }).trim().min(1, { error: 'must not be empty' });

/**
 * A publication date as precise as the document gives it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. A full date is
 * checked like `isoDate`.
 */
export const partialDate = z.preprocess(
  yamlDateAsText,
  z
    .string({ error: expecting('a date written YYYY-MM-DD, YYYY-MM or YYYY') })
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, { error: 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY' })
    .refine((text) => {
      if (text.length < 10) return true;
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
    }, { error: 'is not a real calendar date' }),
);

/**
 * A name in the CSL name model: a person as `family` and `given` (so styles can invert and abbreviate it), or an
 * organisation, agency or desk as one `literal` that no style splits.
 */
export const personOrOrganisation = z.union(
  [
    z.strictObject({
      /** Family name (surname) as printed, with any particle that sorts with it ("de la Cruz"). */
      family: text,
      /** Given names as printed; omit for a person known by one name only. */
      given: text.optional(),
    }),
    z.strictObject({
      /** An organisation's name, or a byline that is not a person ("Reuters staff"), printed as one. */
      literal: text,
    }),
  ],
  { error: 'must be a person written as family and given, or an organisation written as literal' },
);

/** The methodology page: quotations and claim statements stay under 40 words. */
export const MAX_WORDS = 39;

/** Text a reader sees as a quotation or a claim statement: under 40 words (see the methodology page). */
export const shortText = text.refine((value) => countWords(value) <= MAX_WORDS, {
  error: (issue) => `has ${countWords(String(issue.input))} words; it must be under 40 words`,
});

/** Number of words in a text, counting runs of non-space characters as a reader would. */
export function countWords(value: string): number {
  const words = value.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}

/** One entry of a record's change log: a dated, one-sentence account of what changed and why. */
export const changeSchema = z.strictObject({
  /** The day the change was published. */
  date: isoDate,
  /** What changed, in one sentence a reader understands. */
  summary: text,
});

/** Changes other than status changes (those are in a claim's `history`), oldest first. */
export const changeLog = z.array(changeSchema, { error: expecting('a list') }).default([]);
