import { z } from 'astro/zod';
import { expecting, isoDate, partialDate, personOrOrganisation, recordId, text, webUrl } from './common';

/** What kind of document a source is (see the methodology page): a property of the source, never of a claim. */
export const SOURCE_KINDS = [
  'primary-record',
  'news-report',
  'state-media',
  'official-statement',
  'analysis',
  'social-media',
] as const;

/** Reader-facing names of the source kinds. */

/**
 * What form of publication a source is, as citation styles tell them apart: it decides the CSL item type and the
 * BibTeX and RIS types (one mapping, in `src/lib/citation/types.ts`). Independent of `kind`, which is editorial.
 */
export const SOURCE_FORMS = ['newspaper', 'news-site', 'magazine', 'journal', 'report', 'dataset', 'webpage', 'video', 'post'] as const;


/**
 * Kinds of source whose issuing organisation is cited as their author when no byline is shown (APA 7's
 * group authors); the citation records follow the same rule.
 */
export const ORGANISATION_AUTHORED = new Set<(typeof SOURCE_KINDS)[number]>(['primary-record', 'official-statement', 'analysis']);

/**
 * One step of a story trail: this source repeats an earlier document, and says something our records grade. The
 * earlier document is a source we saw (`source`) or, when we did not see it, the dated event that records its
 * publication or statement (`event`). Story-trail charts draw these steps.
 */
export const relaySchema = z
  .strictObject({
    /** Id of the earlier source this one repeats. */
    source: recordId.optional(),
    /** Or: id of the event recording the earlier statement or publication, when we did not see that document. */
    event: recordId.optional(),
    /** True when this source names what it repeats ("according to Milenio"); false when we infer it from matching words. */
    named: z.boolean({ error: expecting('true or false') }),
    /** Id of the claim that records what this source says as it repeats it; the claim must cite this source. Its status is shown. */
    says: recordId,
    /** What this source changed, in our words, in one sentence: a figure altered, a hedge dropped, an attribution lost or gained. Omit when it changed nothing we can see. */
    change: text.optional(),
  })
  .superRefine((relay, ctx) => {
    if ((relay.source === undefined) === (relay.event === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'give exactly one of source (a source we saw) or event (the event recording a document we did not see)' });
    }
  });

export type Relay = z.infer<typeof relaySchema>;

const ORGANISATION_COMMA = 'must not contain a comma: reference managers would split it into a family and a given name; name the most specific body (as APA 7 asks) and put the parent body in container';

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
    /**
     * `newspaper`: an article of a newspaper that also prints (El País, The Telegraph), or its website.
     * `news-site`: an article of a news outlet that publishes only online, or of an agency or broadcaster's site
     * (AP, Reuters, BBC News); APA cites these as web pages. `magazine`: a magazine article. `journal`: an article
     * in a scholarly or professional journal, printed or online (Small Wars Journal, CTC Sentinel). `report`: a
     * report, paper or brief issued by an organisation. `dataset`: a statistical table or data release.
     * `webpage`: any other page of a site (a statement, press release, bill page, glossary). `video`: a video.
     * `post`: a social-media post.
     */
    form: z.enum(SOURCE_FORMS, { error: expecting(`one of: ${SOURCE_FORMS.join(', ')}`) }),
    /**
     * Title as published, in the document's language; or, when `titleIsDescription` is true, our English
     * description of a document that has no title (a video, a post). English titles are stored in sentence case
     * (proper nouns capitalised, and the first word after a colon) so APA prints them as stored and MLA and
     * Chicago convert them to title case.
     */
    title: text,
    /** Our English translation of a title in another language, in sentence case; styles print it in brackets. */
    titleTranslation: text.optional(),
    /** True when the document's own title was not seen and `title` is our description; it is then shown in square brackets, never in quotation marks. */
    titleIsDescription: z.boolean({ error: expecting('true or false') }).default(false),
    /** The organisation that published the document. Two sources are independent only if publishers differ. */
    publisher: text,
    /**
     * The publication the document appeared in, as it names itself (a newspaper, a website, a journal), when
     * that differs from `publisher` ("CTC Sentinel" published by the Combating Terrorism Center). Defaults to
     * `publisher`.
     */
    container: text.optional(),
    /** Actor id of the publisher, when the publisher is an actor in our records (links the statement to its speaker). */
    actor: recordId.optional(),
    /**
     * Bylines as printed, each a person (`family` and `given`) or an organisation or desk (`literal`); empty when
     * the document shows none.
     */
    authors: z.array(personOrOrganisation, { error: expecting('a list of names') }).default([]),
    /** Editors as printed, in the same form as `authors`. */
    editors: z.array(personOrOrganisation, { error: expecting('a list of names') }).default([]),
    /**
     * Publication date as shown: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the document gives no more; `null`
     * when none is shown (shown as "date unknown"), and then `dateNote` says why.
     */
    published: partialDate.nullable(),
    /** Where the date came from when not from the document itself, or why there is none. Required when `published` is null. */
    dateNote: text.optional(),
    /** The document's own address, exactly as seen (never an archive copy's), or `null` when there is none; then `urlNote` says why. */
    url: webUrl.nullable(),
    /** Why the source has no URL. Required when `url` is null. */
    urlNote: text.nullish(),
    /** When the URL is a republication, excerpt or copy: whose copy it is and what the original is. */
    via: text.nullish(),
    /** The date our team read the document at `url`. */
    accessed: isoDate,
    /** An archived copy (e.g. Wayback Machine) actually seen; omit rather than guess. Cited after the original address. */
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
    /** The earlier documents this source repeats, one step of a story trail each (see `relaySchema`). */
    relays: z.array(relaySchema, { error: expecting('a list of relays') }).default([]),
  })
  .superRefine((source, ctx) => {
    if (source.url === null && !source.urlNote) {
      ctx.addIssue({ code: 'custom', path: ['urlNote'], message: 'is required when url is null: say why there is no URL' });
    }
    if (source.published === null && !source.dateNote) {
      ctx.addIssue({ code: 'custom', path: ['dateNote'], message: 'is required when published is null: say why there is no date' });
    }
    if (source.titleTranslation && source.titleIsDescription) {
      ctx.addIssue({ code: 'custom', path: ['titleTranslation'], message: 'is only for a title as published; a description is already in English' });
    }
    // A comma inside an organisation's name makes reference managers read it as "Family, Given" (RIS has no
    // other mark for a person), so organisations that are cited as authors are named without one.
    for (const [field, names] of [['authors', source.authors], ['editors', source.editors]] as const) {
      names.forEach((name, i) => {
        if ('literal' in name && name.literal.includes(',')) ctx.addIssue({ code: 'custom', path: [field, i, 'literal'], message: ORGANISATION_COMMA });
      });
    }
    if (source.authors.length === 0 && ORGANISATION_AUTHORED.has(source.kind) && source.form !== 'journal' && source.publisher.includes(',')) {
      ctx.addIssue({ code: 'custom', path: ['publisher'], message: `${ORGANISATION_COMMA} (with no byline, the publisher of this kind of source is cited as its author)` });
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
