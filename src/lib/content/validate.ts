import type { z } from 'astro/zod';
import type { Actor, Article, ArticleTranslation, Claim, Event, Source, Term, TranslatedLanguage } from '../../schemas';
import { formatFieldPath, type Problem } from './problem';
import { COLLECTIONS, translationLanguage, type CollectionName, type RawRecord } from './read';

/** A validated record with the file it came from. */
export interface Located<T> {
  id: string;
  file: string;
  data: T;
}

export interface LocatedArticle extends Located<Article> {
  body: string;
  bodyLine: number;
}

/** A translated article: the English article's id, its language, and its translated front matter and body. */
export interface LocatedTranslation extends Located<ArticleTranslation> {
  language: TranslatedLanguage;
  body: string;
  bodyLine: number;
}

/** All validated content, ready for the integrity check and the pages. */
export interface Content {
  sources: Located<Source>[];
  claims: Located<Claim>[];
  actors: Located<Actor>[];
  events: Located<Event>[];
  glossary: Located<Term>[];
  articles: LocatedArticle[];
  translations: LocatedTranslation[];
}

/** Checks every record against its schema; returns the valid records and one problem per failing field. */
export function validateRecords(records: RawRecord[]): { content: Content; problems: Problem[]; invalidIds: Set<string> } {
  const content: Content = { sources: [], claims: [], actors: [], events: [], glossary: [], articles: [], translations: [] };
  const problems: Problem[] = [];
  // Ids of records that failed their schema: already reported, so references to them are not reported again.
  const invalidIds = new Set<string>();
  for (const record of records) {
    const declaredId = (record.data as { id?: unknown } | null)?.id;
    const id = typeof declaredId === 'string' && declaredId !== '' ? declaredId : record.fileId;
    const result = COLLECTIONS[record.collection].schema.safeParse(record.data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(...describeIssue(record.file, id, issue));
      invalidIds.add(`${record.collection}/${id}`);
      continue;
    }
    const language = translationLanguage(record.collection);
    if (language) {
      content.translations.push({ id, language, file: record.file, data: result.data as ArticleTranslation, body: record.body ?? '', bodyLine: record.bodyLine ?? 1 });
      continue;
    }
    if (record.collection === 'articles') {
      content.articles.push({ id, file: record.file, data: result.data as Article, body: record.body ?? '', bodyLine: record.bodyLine ?? 1 });
      continue;
    }
    if (id !== record.fileId) {
      problems.push({ file: record.file, record: id, field: 'id', message: `must equal the file name "${record.fileId}"` });
      continue;
    }
    (collectionRecords(content, record.collection) as Located<unknown>[]).push({ id, file: record.file, data: result.data });
  }
  return { content, problems, invalidIds };
}

function describeIssue(file: string, record: string, issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ file, record, field: formatFieldPath([...issue.path, key]), message: 'is not a known field (check its spelling)' }));
  }
  return [{ file, record, field: formatFieldPath(issue.path), message: issue.message }];
}

/** The validated records of one collection folder; a translation folder's are the translations in its language. */
export function collectionRecords(content: Content, collection: CollectionName): Located<unknown>[] {
  const language = translationLanguage(collection);
  if (language) return content.translations.filter((translation) => translation.language === language);
  return content[collection as Exclude<CollectionName, `articles-${TranslatedLanguage}`>];
}
