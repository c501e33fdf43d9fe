/**
 * Which built pages the browser suite opens. Static gates read every page; a browser with axe costs seconds a
 * page, so it opens every template once and a fixed sample of each record type, and its time stays flat as
 * the content grows.
 */

import { pageLanguage } from '../../src/lib/paths';
import { DEFAULT_LANGUAGE } from '../../src/schemas/language';

/** Record pages share one template per route; every other page is a template of its own. */
const RECORD_ROUTES = /^\/(claims|sources|actors|charts|articles|uses|countries|explorer\/status|explorer\/topic)\/[^/]+\/$/;

/**
 * The template a page is built from: its route pattern (`/claims/[id]/`), or the page itself; a page in another
 * language is that language's template (`/es/claims/[id]/`), so each language is sampled alike.
 */
export function templateOf(path: string): string {
  const { language, path: english } = pageLanguage(path);
  const match = RECORD_ROUTES.exec(english);
  return `${language === DEFAULT_LANGUAGE ? '' : `/${language}`}${match ? `/${match[1]}/[id]/` : english}`;
}

/** How many pages of one record template the browser opens: first, last and evenly between, by address. */
export const SAMPLE_PER_TEMPLATE = 5;

/**
 * Every page of a template of its own, and up to `SAMPLE_PER_TEMPLATE` pages of each record template, chosen
 * by position in address order so the sample is the same on every run and for every machine.
 */
export function browserSample(paths: string[]): { path: string; template: string; first: boolean }[] {
  const byTemplate = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    const template = templateOf(path);
    byTemplate.set(template, [...(byTemplate.get(template) ?? []), path]);
  }
  return [...byTemplate.entries()].flatMap(([template, members]) => {
    const count = Math.min(SAMPLE_PER_TEMPLATE, members.length);
    const picked = count === 1 ? [0] : [...new Set(Array.from({ length: count }, (_, i) => Math.round((i * (members.length - 1)) / (count - 1))))];
    return picked.map((index, i) => ({ path: members[index]!, template, first: i === 0 }));
  });
}
