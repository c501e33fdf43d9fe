import { z } from 'astro/zod';
import { expecting, isoDate, recordId, text, webUrl } from './common';

/** What kind of document a source is (EDITORIAL.md §2): a property of the source, never of a claim. */
export const SOURCE_KINDS = [
  'primary-record',
  'news-report',
  'state-media',
  'official-statement',
  'analysis',
  'social-media',
] as const;

/** Reader-facing names of the source kinds. */
export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
  'primary-record': 'Primary record',
  'news-report': 'News report',
  'state-media': 'State-affiliated media',
  'official-statement': 'Official statement',
  analysis: 'Analysis',
  'social-media': 'Social media post',
};

/** A source: one document as our team saw it. File: `content/sources/<id>.yaml`. */
export const sourceSchema = z
  .strictObject({
    /** Permalink id; equals the file name. */
    id: recordId,
    /**
     * `primary-record`: statute, treaty, court filing, official register or statistic, manufacturer specification.
     * `state-media`: an outlet funded or controlled by a state; needs `affiliation`.
     */
    kind: z.enum(SOURCE_KINDS, { error: expecting(`one of: ${SOURCE_KINDS.join(', ')}`) }),
    /** Title as published; or, when `titleIsDescription` is true, our description of an untitled or unseen-title document. */
    title: text,
    /** True when the document's own title was not seen and `title` is our description; it is then shown in square brackets, never in quotation marks. */
    titleIsDescription: z.boolean({ error: expecting('true or false') }).default(false),
    /** The organisation that published the document. Two sources are independent only if publishers differ. */
    publisher: text,
    /** Actor id of the publisher, when the publisher is an actor in our records (links the statement to its speaker). */
    actor: recordId.optional(),
    /** Bylines as printed; empty when the document shows none. */
    authors: z.array(text, { error: expecting('a list') }).default([]),
    /** Publication date, or `null` when it could not be established (shown as "date unknown"). */
    published: isoDate.nullable(),
    /** URL exactly as seen, or `null` when there is none; then `urlNote` says why. */
    url: webUrl.nullable(),
    /** Why the source has no URL. Required when `url` is null. */
    urlNote: text.nullish(),
    /** When the URL is a republication, excerpt or copy: whose copy it is and what the original is. */
    via: text.nullish(),
    /** The date our team read the document at `url`. */
    accessed: isoDate,
    /** An archived copy (e.g. Wayback Machine) actually seen; omit rather than guess. */
    archiveUrl: webUrl.nullish(),
    /** Language of the document, as a BCP 47 tag (`en`, `es`, `ru`). */
    language: z.string({ error: expecting('a BCP 47 language tag such as "en"') }).regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a BCP 47 language tag such as "en"' }),
    /**
     * The public record of a state or party affiliation. Required for `state-media`, so every source card can
     * label it and show what establishes the label.
     */
    affiliation: z
      .strictObject({
        /** The affiliation, in our words. */
        note: text,
        /** Id of the source that establishes the affiliation. */
        source: recordId,
      })
      .optional(),
    /** Reliability or provenance notes that the public record warrants. */
    note: text.nullish(),
  })
  .superRefine((source, ctx) => {
    if (source.url === null && !source.urlNote) {
      ctx.addIssue({ code: 'custom', path: ['urlNote'], message: 'is required when url is null: say why there is no URL' });
    }
    if (source.kind === 'state-media' && !source.affiliation) {
      ctx.addIssue({
        code: 'custom',
        path: ['affiliation'],
        message: 'is required for state-media: name the affiliation and the source that establishes it',
      });
    }
  });

export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = Source['kind'];
