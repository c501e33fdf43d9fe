/**
 * One mapping from what a work is to the type every citation format gives it, so CSL-JSON, the cite box's
 * styles, BibTeX, RIS and the reference-manager metadata of a page never disagree about a work.
 *
 * - News: APA 7 cites an article of a newspaper (one that also prints) as a newspaper article, but an article
 *   of a news website, agency or broadcaster as a web page (APA Publication Manual, 7th edition); CSL's
 *   `article-newspaper` and `webpage` make the styles tell them apart the same way.
 * - BibTeX is written for biblatex/biber: newspapers and magazines are `@article` with `entrysubtype`, as the
 *   biblatex manual says, web pages and posts `@online`.
 * - RIS uses the type names of the RIS specification; Zotero, Mendeley and EndNote read them.
 * - `zotero` is Zotero's item type, written in the page's COinS so the connector saves the right kind of item.
 */
import type { SOURCE_FORMS } from '../../schemas/source';

export type SourceForm = (typeof SOURCE_FORMS)[number];

export type CslType = 'article-newspaper' | 'article-magazine' | 'article-journal' | 'webpage' | 'report' | 'dataset' | 'motion_picture' | 'post';

export interface WorkType {
  csl: CslType;
  bibtex: { type: 'article' | 'online' | 'report' | 'dataset' | 'video'; entrysubtype?: 'newspaper' | 'magazine' };
  ris: 'NEWS' | 'MGZN' | 'JOUR' | 'ELEC' | 'RPRT' | 'DATA' | 'VIDEO';
  zotero: 'newspaperArticle' | 'magazineArticle' | 'journalArticle' | 'webpage' | 'report' | 'dataset' | 'videoRecording' | 'forumPost';
}

/** Every CSL type we write, with its BibTeX, RIS and Zotero equivalents. */
export const WORK_TYPES: Record<CslType, WorkType> = {
  'article-newspaper': { csl: 'article-newspaper', bibtex: { type: 'article', entrysubtype: 'newspaper' }, ris: 'NEWS', zotero: 'newspaperArticle' },
  'article-magazine': { csl: 'article-magazine', bibtex: { type: 'article', entrysubtype: 'magazine' }, ris: 'MGZN', zotero: 'magazineArticle' },
  'article-journal': { csl: 'article-journal', bibtex: { type: 'article' }, ris: 'JOUR', zotero: 'journalArticle' },
  webpage: { csl: 'webpage', bibtex: { type: 'online' }, ris: 'ELEC', zotero: 'webpage' },
  report: { csl: 'report', bibtex: { type: 'report' }, ris: 'RPRT', zotero: 'report' },
  dataset: { csl: 'dataset', bibtex: { type: 'dataset' }, ris: 'DATA', zotero: 'dataset' },
  motion_picture: { csl: 'motion_picture', bibtex: { type: 'video' }, ris: 'VIDEO', zotero: 'videoRecording' },
  post: { csl: 'post', bibtex: { type: 'online' }, ris: 'ELEC', zotero: 'forumPost' },
};

/** The CSL type of each source form (the forms are documented on the source schema). */
export const SOURCE_FORM_TYPES: Record<SourceForm, CslType> = {
  newspaper: 'article-newspaper',
  'news-site': 'webpage',
  magazine: 'article-magazine',
  journal: 'article-journal',
  report: 'report',
  dataset: 'dataset',
  webpage: 'webpage',
  video: 'motion_picture',
  post: 'post',
};

/** Where the name of the publication goes: a periodical or website is a container; a report's or data set's issuer, or a video's platform, is its publisher. */
export const PUBLISHED_BY: Record<CslType, 'container-title' | 'publisher'> = {
  'article-newspaper': 'container-title',
  'article-magazine': 'container-title',
  'article-journal': 'container-title',
  webpage: 'container-title',
  post: 'container-title',
  report: 'publisher',
  dataset: 'publisher',
  motion_picture: 'publisher',
};
