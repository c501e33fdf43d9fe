import { words } from '../../i18n';
import type { Language } from '../../schemas/language';
import { ORGANISATION_AUTHORED, type Source } from '../../schemas/source';
import { SITE } from '../site';
import { formatSourceTitle } from '../format';
import { PUBLISHED_BY, SOURCE_FORM_TYPES, type CslType } from './types';

/** A name in the CSL name model: a person, whom styles invert and abbreviate, or an organisation printed as one. */
export type CslName = { family: string; given?: string } | { literal: string };

/** A date as precise as it is known: year, year and month, or a full date. */
export interface CslDate {
  'date-parts': [number[]];
}

/** The subset of CSL-JSON we write (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  author?: CslName[];
  editor?: CslName[];
  'container-title'?: string;
  publisher?: string;
  genre?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  /** An archived copy of the page, cited after its original address. */
  archive_location?: string;
  language?: string;
}

/** `2025-02-20`, `2025-02` or `2025` as CSL date parts. */
export function cslDate(iso: string): CslDate {
  return { 'date-parts': [iso.split('-').map(Number)] };
}

/** CSL date parts back as the ISO 8601 date they were, as precise as they are (`2025-05`). */
export function isoDate(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0];
  return [String(year).padStart(4, '0'), ...(month ? [String(month).padStart(2, '0')] : []), ...(day ? [String(day).padStart(2, '0')] : [])].join('-');
}

/**
 * The site as group author, publisher and container of its own pages. Styles that omit a group author who is
 * also the publisher (MLA) or a site name that repeats the author (APA) do so in `styles.ts`. The site's name is
 * a name, the same in every language.
 */
const byTheSite = { author: [{ literal: SITE.name }], 'container-title': SITE.title, publisher: SITE.name };
/**
 * A page of this site, in the language it is written in (the site's own by default). `issued` is the version a
 * reader cites: the page's last update, so a citation names the version it saw (see the methodology page).
 */
export function sitePageItem(page: { id: string; title: string; genre?: string; updated: string; url: string; language?: Language }): CslItem {
  return { id: page.id, type: 'webpage', title: page.title, ...byTheSite, language: page.language ?? SITE.language, ...(page.genre ? { genre: page.genre } : {}), issued: cslDate(page.updated), URL: page.url };
}

/** What kind of work a page of this site is, in the page's language ("Claim record", "Registro de afirmación"). */
const genre = (kind: 'claim' | 'chart' | 'hub' | 'data', language: Language) => words(language).citation.genre[kind];

export const articleItem = (article: { id: string; title: string; updated: string }, url: string, language: Language = 'en') =>
  sitePageItem({ id: `article-${article.id}`, title: article.title, updated: article.updated, url, language });

export const claimItem = (claim: { id: string; statement: string; updated: string }, url: string, language: Language = 'en') =>
  // A statement is a sentence; as a title it loses its final full stop, which styles would double.
  sitePageItem({ id: `claim-${claim.id}`, title: claim.statement.replace(/\.$/, ''), genre: genre('claim', language), updated: claim.updated, url, language });

export const chartItem = (chart: { id: string; title: string; updated: string }, url: string, language: Language = 'en') =>
  sitePageItem({ id: `chart-${chart.id}`, title: chart.title, genre: genre('chart', language), updated: chart.updated, url, language });

/** A hub page: what the site holds on one use or one country, versioned by its latest claim. */
export const hubItem = (hub: { id: string; title: string; updated: string }, url: string, language: Language = 'en') =>
  sitePageItem({ id: hub.id, title: hub.title, genre: genre('hub', language), updated: hub.updated, url, language });

/** The open data as a whole: a data set, versioned by the site's latest update; its title starts with the site's name. */
export const dataItem = (updated: string, url: string, language: Language = 'en'): CslItem => ({
  id: 'data-open-data',
  type: 'dataset',
  title: `${SITE.title}: ${words(language).citation.openData}`,
  author: [{ literal: SITE.name }],
  publisher: SITE.name,
  // APA 7 describes a data set as "[Data set]" ("[Conjunto de datos]"); the style file's own term would print "[Dataset]".
  genre: genre('data', language),
  issued: cslDate(updated),
  URL: url,
  language,
});

type SourceRecord = Pick<Source, 'kind' | 'form' | 'title' | 'titleTranslation' | 'titleIsDescription' | 'publisher' | 'container' | 'authors' | 'editors' | 'published' | 'url' | 'archiveUrl' | 'accessed' | 'language'>;


/**
 * The original document behind a source record, as a student would cite it. A title in another language is
 * followed by our translation in square brackets (as APA 7, MLA 9 and Chicago 17 all ask); a title we did not
 * see, or a document without one, is our bracketed description, never passed off as the real title. Its
 * `language` is the document's own: the same record whatever the language of the page that cites it.
 */
export function sourceItem(id: string, source: SourceRecord): CslItem {
  const type = SOURCE_FORM_TYPES[source.form];
  const title = source.titleIsDescription ? formatSourceTitle(source) : source.titleTranslation ? `${source.title} [${source.titleTranslation}]` : source.title;
  const issuedBy = PUBLISHED_BY[type] === 'publisher' ? { publisher: source.publisher } : { 'container-title': source.container ?? source.publisher };
  const author = source.authors.length > 0 ? source.authors : ORGANISATION_AUTHORED.has(source.kind) && type !== 'article-journal' ? [{ literal: source.publisher }] : [];
  return {
    id: `source-${id}`,
    type,
    title,
    ...(author.length > 0 ? { author } : {}),
    ...(source.editors.length > 0 ? { editor: source.editors } : {}),
    ...issuedBy,
    ...(type === 'motion_picture' ? { genre: 'Video' } : {}),
    ...(source.published ? { issued: cslDate(source.published) } : {}),
    // The styles cite the address a reader can open: the document's own, or an archived copy when that is all
    // there is; an archived copy of a page whose address is known is kept beside it.
    ...(source.url ? { URL: source.url } : source.archiveUrl ? { URL: source.archiveUrl } : {}),
    ...(source.url && source.archiveUrl ? { archive_location: source.archiveUrl } : {}),
    accessed: cslDate(source.accessed),
    language: source.language,
  };
}
