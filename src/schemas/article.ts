import { z } from 'astro/zod';
import { changeLog, expecting, isoDate, recordId, text } from './common';

/** `explainer`: must refer to claims. `site-page`: About and similar pages that state no facts about the world. */
export const ARTICLE_KINDS = ['explainer', 'site-page'] as const;

/** Front matter of an article. File: `content/articles/<id>.mdx`; the file name is the id. */
export const articleSchema = z.strictObject({
  /** The headline. */
  title: text,
  /** One sentence for lists, search results and link previews. */
  description: text,
  /** Whether the page is an evidence-graded explainer or a site page. */
  kind: z.enum(ARTICLE_KINDS, { error: expecting(`one of: ${ARTICLE_KINDS.join(', ')}`) }),
  /** First published. */
  published: isoDate,
  /** Last substantive update. */
  updated: isoDate,
  /** Place in the reading order of the explainers (previous/next links); lower comes first. */
  order: z.number({ error: expecting('a whole number') }).int({ error: 'must be a whole number' }).optional(),
  /**
   * Explainers to read after this one, best first (ids of other explainers): the path that makes the set one
   * course. Every explainer needs at least one.
   */
  readNext: z.array(recordId, { error: expecting('a list of article ids') }).default([]),
  /** What changed in each substantive update, oldest first. */
  changes: changeLog,
});

export type Article = z.infer<typeof articleSchema>;
