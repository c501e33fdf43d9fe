import { z } from 'astro/zod';
import { countriesField, usesField } from './scope';
import { STATUSES } from './status';
import { changeLog, expecting, isoDate, recordId, shortText, text, yamlDateAsText } from './common';
import { translationsField } from './language';

/** What each link of an attribution chain does (see the methodology page). */
export const ATTRIBUTION_ROLES = ['publisher', 'intermediary', 'source', 'originator'] as const;

/** How a source bears on a claim. */
export const SOURCE_RELATIONS = ['supports', 'disputes', 'context'] as const;

const status = z.enum(STATUSES, { error: expecting(`one of: ${STATUSES.join(', ')}`) });

/** One link of the chain of who says it, citing whom. */
export const attributionLinkSchema = z
  .strictObject({
    /** Actor id of the party. Required when `named` is true; optional for an unnamed person inside a known institution. */
    actor: recordId.optional(),
    /** Whether the party is identified by name in the source. */
    named: z.boolean({ error: expecting('true or false') }),
    /**
     * `publisher`: put the claim before the public. `intermediary`: cited by the publisher, relaying others.
     * `source`: the party the claim is attributed to. `originator`: who is said to hold the knowledge or belief.
     */
    role: z.enum(ATTRIBUTION_ROLES, { error: expecting(`one of: ${ATTRIBUTION_ROLES.join(', ')}`) }),
    /** How the source describes the party, e.g. "sources within the Jalisco state government". Required when unnamed. */
    description: text.optional(),
  })
  .superRefine((link, ctx) => {
    if (link.named && !link.actor) {
      ctx.addIssue({ code: 'custom', path: ['actor'], message: 'is required when named is true' });
    }
    if (!link.named && !link.description) {
      ctx.addIssue({ code: 'custom', path: ['description'], message: 'is required when named is false: say how the source describes the party' });
    }
  });

/** A source as used by one claim. */
export const claimSourceSchema = z.strictObject({
  /** Source id. */
  source: recordId,
  /** `supports`, `disputes` or `context` (background that neither supports nor disputes). */
  relation: z.enum(SOURCE_RELATIONS, { error: expecting(`one of: ${SOURCE_RELATIONS.join(', ')}`) }),
  /** Where in the source: paragraph, page, section or timestamp. */
  locator: text,
  /** A short exact quotation from the source as seen, under 40 words. */
  quote: shortText.optional(),
});

/** An earlier status of the claim; each change is a correction (see the methodology page). */
export const historyEntrySchema = z.strictObject({
  /** The date the earlier status was assigned. */
  date: isoDate,
  /** The earlier status. */
  status,
  /** One sentence: why the status changed from this one. */
  reason: text,
});

const PERIOD_FORMS = 'a period written YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM/YYYY-MM';

/**
 * A number a claim states, so charts can plot it with the claim's status and sources: a figure as claimed
 * beside the figure as specified, or one point of an official series.
 */
export const figureSchema = z.strictObject({
  /**
   * What is measured, in words; figures with exactly the same measure are compared or plotted as one series,
   * e.g. "Drones seized by the Mexican Army".
   */
  measure: text,
  /** The number as the source states it. */
  value: z.number({ error: expecting('a finite number') }),
  /** The unit, e.g. "kg", "minutes", "drones". Figures of one measure share one unit. */
  unit: text,
  /**
   * The period or date the figure covers: a calendar year, month or day (YYYY, YYYY-MM, YYYY-MM-DD), or a run of
   * whole months as an ISO 8601 interval (YYYY-MM/YYYY-MM, e.g. "2020-04/2021-03" for a UK financial year); omit
   * for a fixed property such as a specification.
   */
  period: z
    .preprocess(
      yamlDateAsText,
      z
        .string({ error: expecting(PERIOD_FORMS) })
        .regex(/^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-\d{2}\/\d{4}-\d{2}$/, { error: `must be ${PERIOD_FORMS}` })
        .refine((period) => !period.includes('/') || period.split('/')[0]! < period.split('/')[1]!, { error: 'must end after it starts' }),
    )
    .optional(),
  /** A condition a reader needs to compare the figure fairly, e.g. "measured without payload". */
  qualifier: text.optional(),
});

/** A claim: one checkable proposition with its evidence. File: `content/claims/<id>.yaml`. */
export const claimSchema = z.strictObject({
  /** Permalink id; equals the file name; never renamed. */
  id: recordId,
  /** The proposition as one neutral sentence in our words, under 40 words. */
  statement: shortText,
  /** The evidence available to the public, as of `assessed`. */
  status,
  /** The day the claim was first published on the site; it never changes. */
  published: isoDate,
  /** The date the status was last assessed. */
  assessed: isoDate,
  /** One or two sentences: why this status, naming what would change it. */
  rationale: text,
  /**
   * For claims of the form "party X said Y": the actor who said it. A supporting source published by that
   * actor is the primary record of the statement.
   */
  speaker: recordId.nullish(),
  /** Who says it, citing whom, outermost first. */
  attribution: z.array(attributionLinkSchema, { error: expecting('a list') }).min(1, { error: 'needs at least one link' }),
  /** The sources that support, dispute or give context to the claim. */
  sources: z.array(claimSourceSchema, { error: expecting('a list') }).min(1, { error: 'needs at least one source' }),
  /** Actor ids the claim is about, for filtering and search. */
  about: z.array(recordId, { error: expecting('a list') }).default([]),
  /** ISO 3166-1 alpha-2 codes of the countries the claim is about (where it happened, or whose act it concerns), not of the outlet that reported it. */
  countries: countriesField,
  /** The kinds of drone use the claim is about, from the closed list in `scope.ts`. */
  uses: usesField,
  /** Numbers the statement contains, for charts; omit when it states none. */
  figures: z.array(figureSchema, { error: expecting('a list') }).default([]),
  /** Every earlier status, oldest first; empty for a claim that has never changed status. */
  history: z.array(historyEntrySchema, { error: expecting('a list') }).default([]),
  /** Corrections and updates other than status changes (a fixed figure, an added source), oldest first. */
  changes: changeLog,
  /** The statement and rationale in other languages, written by the same rules (see the methodology page). */
  translations: translationsField({ statement: shortText, rationale: text }),
});

export type Claim = z.infer<typeof claimSchema>;
export type AttributionLink = z.infer<typeof attributionLinkSchema>;
export type ClaimSource = z.infer<typeof claimSourceSchema>;
export type Figure = z.infer<typeof figureSchema>;
