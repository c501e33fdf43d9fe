import { z } from 'astro/zod';
import { expecting, isoDate, recordId, text } from './common';
import { countriesField, usesField } from './scope';

export const EVENT_KINDS = ['incident', 'statement', 'designation', 'publication', 'investigation', 'other'] as const;

/** A dated event for timelines. File: `content/events/<id>.yaml`. */
export const eventSchema = z.strictObject({
  /** Permalink id; equals the file name. */
  id: recordId,
  /** The day it happened. */
  date: isoDate,
  /** A short neutral title. */
  title: text,
  /** One or two neutral sentences. */
  summary: text,
  /** What kind of event. */
  kind: z.enum(EVENT_KINDS, { error: expecting(`one of: ${EVENT_KINDS.join(', ')}`) }),
  /** Where it happened, when that is known. */
  place: text.optional(),
  /** ISO 3166-1 alpha-2 codes of the countries the event happened in or concerns. */
  countries: countriesField,
  /** The kinds of drone use the event is about, from the closed list in `scope.ts`. */
  uses: usesField,
  /** Claim ids behind the event, so a timeline can mark its status. */
  claims: z.array(recordId, { error: expecting('a list') }).default([]),
  /** Source ids that record the event. */
  sources: z.array(recordId, { error: expecting('a list') }).min(1, { error: 'needs at least one source' }),
});

export type Event = z.infer<typeof eventSchema>;
