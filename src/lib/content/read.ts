import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { actorSchema, articleSchema, claimSchema, eventSchema, sourceSchema, termSchema } from '../../schemas';
import { articleTranslationSchema, TRANSLATED_LANGUAGES, type TranslatedLanguage } from '../../schemas/language';
import type { Problem } from './problem';

/**
 * The record collections, each a folder of `content/`, with the file type its records use and the schema they
 * follow: the one list the content check and Astro's collections (`src/content.config.ts`) are both made from.
 */
export const COLLECTIONS = {
  sources: { extension: '.yaml', schema: sourceSchema },
  claims: { extension: '.yaml', schema: claimSchema },
  actors: { extension: '.yaml', schema: actorSchema },
  events: { extension: '.yaml', schema: eventSchema },
  glossary: { extension: '.yaml', schema: termSchema },
  articles: { extension: '.mdx', schema: articleSchema },
  // Translated articles, one folder per language: `articles-es/<id of the English article>.mdx`.
  ...(Object.fromEntries(TRANSLATED_LANGUAGES.map((language) => [translationFolder(language), { extension: '.mdx', schema: articleTranslationSchema }])) as Record<TranslationFolder, { extension: '.mdx'; schema: typeof articleTranslationSchema }>),
} as const satisfies Record<string, { extension: '.yaml' | '.mdx'; schema: z.ZodType }>;

/** Reads a record's YAML (a file, or an article's front matter): one reader for the content check and the site. */
export const readYaml = (text: string): unknown => parse(text);

export type CollectionName = keyof typeof COLLECTIONS;
type TranslationFolder = `articles-${TranslatedLanguage}`;

/** The folder of a language's translated articles. */
export function translationFolder(language: TranslatedLanguage): TranslationFolder {
  return `articles-${language}`;
}

/** The language of a translated-articles folder, or null for any other collection. */
export function translationLanguage(collection: CollectionName): TranslatedLanguage | null {
  return TRANSLATED_LANGUAGES.find((language) => translationFolder(language) === collection) ?? null;
}

/** A record as read from disk, before validation. */
export interface RawRecord {
  collection: CollectionName;
  /** Path relative to the project root, with forward slashes: `content/claims/x.yaml`. */
  file: string;
  /** The file name without extension; must equal the record's id. */
  fileId: string;
  /** Parsed YAML, or an article's front matter. */
  data: unknown;
  /** An article's MDX body. */
  body?: string;
  /** The file line on which the body starts. */
  bodyLine?: number;
}

/**
 * Reads every record file under `contentDir`. Files that cannot be read as records (bad YAML, a wrong
 * extension, missing front matter) become problems rather than being skipped, so nothing vanishes silently.
 */
export function readContent(contentDir: string, projectRoot = process.cwd()): { records: RawRecord[]; problems: Problem[] } {
  const records: RawRecord[] = [];
  const problems: Problem[] = [];
  const fileName = (path: string) => relative(projectRoot, path).split(sep).join('/');
  // Anything beside the collection folders would never be read: name it instead of ignoring it.
  for (const entry of listEntries(contentDir)) {
    if (!(entry.name in COLLECTIONS)) {
      problems.push({ file: fileName(join(contentDir, entry.name)), record: entry.name, field: '(file)', message: `is not a collection; content holds only the folders ${Object.keys(COLLECTIONS).join(', ')}` });
    }
  }
  for (const [collection, { extension }] of Object.entries(COLLECTIONS) as [CollectionName, { extension: string }][]) {
    const folder = join(contentDir, collection);
    for (const entry of listEntries(folder)) {
      const { name } = entry;
      const path = join(folder, name);
      const file = fileName(path);
      const fileId = name.replace(/\.[^.]+$/, '');
      if (entry.folder) {
        problems.push({ file, record: name, field: '(file)', message: `is a folder; ${collection} records must sit directly in ${fileName(folder)}/` });
        continue;
      }
      if (!name.endsWith(extension)) {
        problems.push({ file, record: fileId, field: '(file)', message: `is not a ${extension} file; ${collection} records must be ${extension} files` });
        continue;
      }
      const text = readFileSync(path, 'utf8');
      try {
        records.push(extension === '.mdx' ? readArticle(collection, file, fileId, text) : { collection, file, fileId, data: readYaml(text) });
      } catch (error) {
        problems.push({ file, record: fileId, field: '(file)', message: describeReadError(error) });
      }
    }
  }
  return { records, problems };
}

/** The entries of a folder, sorted, without hidden files such as `.DS_Store`; none when it does not exist. */
function listEntries(folder: string): { name: string; folder: boolean }[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => ({ name, folder: statSync(join(folder, name)).isDirectory() }));
}

function readArticle(collection: CollectionName, file: string, fileId: string, text: string): RawRecord {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) throw new Error('has no front matter: an article starts with a --- block holding title, description, kind, published and updated');
  const frontMatterLines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return { collection, file, fileId, data: readYaml(match[1]!), body: text.slice(match[0].length), bodyLine: frontMatterLines + 1 };
}

function describeReadError(error: unknown): string {
  if (error instanceof YAMLParseError) {
    const line = error.linePos?.[0]?.line;
    return `is not valid YAML${line ? ` (line ${line})` : ''}: ${error.message.split('\n')[0]}`;
  }
  return error instanceof Error ? error.message : String(error);
}
