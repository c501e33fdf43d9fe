/**
 * One CSL-JSON record per citable thing (an article, a claim, a chart, a source): every citation format of the
 * site is generated from these records, so APA, MLA, Chicago, BibTeX, RIS and the JSON download always agree.
 */
import { SITE } from '../site';
import { formatSourceTitle } from '../format';

export interface CslName {
  literal: string;
}

export interface CslDate {
  'date-parts': [[number, number, number]];
}

/** The subset of CSL-JSON we write (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'webpage' | 'article-newspaper' | 'report' | 'post' | 'dataset';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  genre?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  note?: string;
}

/** `2025-02-20` as CSL date parts. */
export function cslDate(iso: string): CslDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[year, month, day]] };
}

/** The site as group author and container of its own pages. */
const byTheSite = { author: [{ literal: SITE.name }], 'container-title': SITE.title, language: SITE.language };

/**
 * A page of this site. `issued` is the version a reader cites: the page's last update, so a citation names the
 * version it saw (EDITORIAL.md §6).
 */
export function sitePageItem(page: { id: string; title: string; genre?: string; updated: string; url: string }): CslItem {
  return { id: page.id, type: 'webpage', title: page.title, ...byTheSite, ...(page.genre ? { genre: page.genre } : {}), issued: cslDate(page.updated), URL: page.url };
}

export const articleItem = (article: { id: string; title: string; updated: string }, url: string) => sitePageItem({ id: `article-${article.id}`, title: article.title, updated: article.updated, url });

export const claimItem = (claim: { id: string; statement: string; updated: string }, url: string) =>
  // A statement is a sentence; as a title it loses its final full stop, which styles would double.
  sitePageItem({ id: `claim-${claim.id}`, title: claim.statement.replace(/\.$/, ''), genre: 'Claim record', updated: claim.updated, url });

export const chartItem = (chart: { id: string; title: string; updated: string }, url: string) => sitePageItem({ id: `chart-${chart.id}`, title: chart.title, genre: 'Chart', updated: chart.updated, url });

/** The open data as a whole: a data set, versioned by the site's latest update. */
export const dataItem = (updated: string, url: string): CslItem => ({
  id: 'data-open-data',
  type: 'dataset',
  title: `${SITE.title}: open data`,
  author: [{ literal: SITE.name }],
  publisher: SITE.name,
  issued: cslDate(updated),
  URL: url,
  language: SITE.language,
});

interface SourceRecord {
  kind: string;
  title: string;
  titleIsDescription: boolean;
  publisher: string;
  authors: string[];
  published: string | null;
  url: string | null;
  accessed: string;
  language: string;
}

/** CSL item types by source kind: what reference managers and styles expect for each kind of document. */
const SOURCE_TYPES: Record<string, CslItem['type']> = {
  'news-report': 'article-newspaper',
  'state-media': 'article-newspaper',
  analysis: 'report',
  'social-media': 'post',
  'primary-record': 'webpage',
  'official-statement': 'webpage',
};

/**
 * The original document behind a source record, as a student would cite it. Bylines are kept as printed
 * (`literal`): many are agencies or desks, and splitting a name we cannot parse would misname a person. A title
 * we did not see is our bracketed description, never passed off as the real title.
 */
export function sourceItem(id: string, source: SourceRecord): CslItem {
  const type = SOURCE_TYPES[source.kind] ?? 'webpage';
  const container = type === 'report' ? { publisher: source.publisher } : { 'container-title': source.publisher };
  return {
    id: `source-${id}`,
    type,
    title: source.titleIsDescription ? formatSourceTitle(source) : source.title,
    ...(source.authors.length > 0 ? { author: source.authors.map((literal) => ({ literal })) } : {}),
    ...container,
    ...(source.published ? { issued: cslDate(source.published) } : {}),
    ...(source.url ? { URL: source.url } : {}),
    accessed: cslDate(source.accessed),
    language: source.language,
  };
}
