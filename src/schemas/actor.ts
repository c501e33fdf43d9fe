import { z } from 'astro/zod';
import { expecting, recordId, text } from './common';

export const ACTOR_KINDS = [
  'state-media',
  'news-outlet',
  'government',
  'official',
  'criminal-group',
  'armed-force',
  'company',
  'international-body',
  'research-organisation',
  'person',
  'unnamed-group',
] as const;

/** A party that says things or that things are said about. File: `content/actors/<id>.yaml`. */
export const actorSchema = z.strictObject({
  /** Permalink id; equals the file name. */
  id: recordId,
  /** The name readers know, e.g. "Jalisco New Generation Cartel (CJNG)". */
  name: text,
  /** What kind of party this is. */
  kind: z.enum(ACTOR_KINDS, { error: expecting(`one of: ${ACTOR_KINDS.join(', ')}`) }),
  /** ISO 3166-1 alpha-2 country code, when the actor belongs to one country. */
  country: z.string({ error: expecting('a two-letter country code such as "MX"') }).regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code such as "MX"' }).optional(),
  /** One or two neutral sentences in our words. */
  description: text,
  /** Source ids that support the description. */
  sources: z.array(recordId, { error: expecting('a list') }).min(1, { error: 'needs at least one source for the description' }),
});

export type Actor = z.infer<typeof actorSchema>;
