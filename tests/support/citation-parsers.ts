/**
 * Reads our .bib and .ris files back with parsers nobody here wrote, and reduces what each returns to the
 * fields a reference list depends on, so a test can compare them with the CSL-JSON they were written from.
 * BibTeX: @retorquere/bibtex-parser (the parser of Zotero's Better BibTeX), biblatex-csl-converter (Fidus
 * Writer's) and citation-js. RIS: astrocite-ris for every field (it reads every name as a person, so it is
 * compared on the names written as persons) and citation-js for the names, organisations included.
 */
import { parse as retorquere } from '@retorquere/bibtex-parser';
import { parse as astrocite } from 'astrocite-ris';
import { BibLatexParser } from 'biblatex-csl-converter';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem, CslName } from '../../src/lib/citation/items';
import { WORK_TYPES } from '../../src/lib/citation/types';

/** What every parser is compared on: a name is "Family, Given" or an organisation's name alone. */
export interface Fields {
  key: string;
  type: string;
  title: string;
  names: string[];
  date: string;
  url: string;
  accessed: string;
}

const person = (family: string, given?: string) => (given ? `${family}, ${given}` : family);
const nameOf = (name: CslName) => ('literal' in name ? name.literal : person(name.family, name.given));
const iso = (parts: (number | string)[] | undefined) => (parts ?? []).filter((part) => part !== '' && part !== undefined).map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0')).join('-');

/**
 * The fields as the CSL-JSON record has them, with the type named as the file format names it; `persons`
 * leaves out organisations, for a parser that has no notion of them.
 */
export function expected(item: CslItem, format: 'bibtex' | 'ris', { persons = false } = {}): Fields {
  const bibtex = WORK_TYPES[item.type].bibtex;
  return {
    key: item.id,
    type: format === 'ris' ? WORK_TYPES[item.type].ris : bibtex.entrysubtype ? `${bibtex.type}/${bibtex.entrysubtype}` : bibtex.type,
    title: item.title,
    names: (item.author ?? []).filter((name) => !persons || !('literal' in name)).map(nameOf),
    date: iso(item.issued?.['date-parts'][0]),
    url: item.URL ?? '',
    accessed: iso(item.accessed?.['date-parts'][0]),
  };
}

type Rich = { text: string }[];
const plain = (rich: Rich | undefined) => (rich ?? []).map((node) => node.text).join('');

/** @retorquere/bibtex-parser, with its sentence-casing off: our titles are stored as they should print. */
export function viaRetorquere(bib: string): { fields: Fields[]; errors: unknown[] } {
  const library = retorquere(bib, { sentenceCase: false });
  return {
    errors: library.errors,
    fields: library.entries.map((entry) => {
      const f = entry.fields as Record<string, unknown>;
      const names = ((f.author as { name?: string; lastName?: string; firstName?: string; prefix?: string }[] | undefined) ?? []).map((name) =>
        name.name ?? person([name.prefix, name.lastName].filter(Boolean).join(' '), name.firstName),
      );
      return { key: entry.key, type: f.entrysubtype ? `${entry.type}/${f.entrysubtype}` : entry.type, title: String(f.title ?? ''), names, date: String(f.date ?? ''), url: String(f.url ?? ''), accessed: String(f.urldate ?? '') };
    }),
  };
}

/** biblatex-csl-converter's BibLaTeX parser. */
export function viaBiblatexConverter(bib: string): { fields: Fields[]; errors: unknown[] } {
  const result = new BibLatexParser(bib, { processUnexpected: true, processUnknown: true }).parse();
  type Name = { literal?: Rich; family?: Rich; given?: Rich; prefix?: Rich };
  // It reads the biblatex type and subtype into one of its own (`article-newspaper`); named back here.
  const TYPES: Record<string, string> = { 'article-newspaper': 'article/newspaper', 'article-magazine': 'article/magazine', 'article-journal': 'article' };
  return {
    errors: result.errors,
    fields: Object.values(result.entries).map((entry) => {
      const f = entry.fields as Record<string, unknown>;
      const names = ((f.author as Name[] | undefined) ?? []).map((name) => (name.literal ? plain(name.literal) : person([plain(name.prefix), plain(name.family)].filter(Boolean).join(' '), plain(name.given) || undefined)));
      return { key: entry.entry_key, type: TYPES[entry.bib_type] ?? entry.bib_type, title: plain(f.title as Rich), names, date: String(f.date ?? ''), url: String(f.url ?? ''), accessed: String(f.urldate ?? '') };
    }),
  };
}

type Csl = { id: string; type: string; genre?: string; title?: string; author?: { family?: string; given?: string; literal?: string; 'non-dropping-particle'?: string; 'dropping-particle'?: string }[]; issued?: { 'date-parts': (number | string)[][] }; accessed?: { 'date-parts': (number | string)[][] }; URL?: string };

/** A CSL-JSON name from any parser: an organisation may come back as a literal or as a family name alone. */
const cslName = (name: NonNullable<Csl['author']>[number]) => name.literal ?? person([name['non-dropping-particle'], name.family].filter(Boolean).join(' '), name.given || undefined);

/** citation-js's BibTeX parser, which returns CSL-JSON: the biblatex type is what it was read from. */
export function viaCitationJsBibtex(bib: string): Fields[] {
  return (new Cite(bib).data as Csl[]).map((record) => ({
    key: record.id,
    // citation-js reads `@article` with `entrysubtype` into CSL `article-journal` plus a genre; named back here.
    type: { 'article-journal': record.genre ? `article/${record.genre}` : 'article', webpage: 'online', report: 'report', dataset: 'dataset', motion_picture: 'video' }[record.type] ?? record.type,
    title: record.title ?? '',
    names: (record.author ?? []).map(cslName),
    date: iso(record.issued?.['date-parts'][0]),
    // citation-js percent-encodes the url field as it reads it (a "%3A" already in the address comes back as
    // "%253A"), which the other two parsers and biblatex do not: that one step of its own is undone here.
    url: record.URL ? record.URL.replace(/%25([0-9A-Fa-f]{2})/g, '%$1') : '',
    accessed: iso(record.accessed?.['date-parts'][0]),
  }));
}

/**
 * The RIS type each CSL type is written as, to name back the CSL type a RIS parser read; astrocite reads a
 * VIDEO record as CSL `broadcast`.
 */
export const RIS_TYPE_OF_CSL = new Map<string, string>([...Object.values(WORK_TYPES).map((type) => [type.csl, type.ris] as [string, string]), ['broadcast', 'VIDEO']]);

/** The `AU` values of each record of a RIS file, in order. */
const authorLines = (ris: string) => ris.split(/^ER {2}- $/m).filter((block) => block.includes('TY  - ')).map((block) => [...block.matchAll(/^AU {2}- (.*)$/gm)].map((match) => match[1]!));

/**
 * RIS read with astrocite-ris, which returns CSL-JSON, its type named back as the RIS type it came from.
 * RIS has no mark for an organisation but the absence of a comma (Zotero then keeps the name as one field);
 * astrocite splits every name like a person's, so only the names written as persons are compared here.
 */
export function viaAstrocite(ris: string): Fields[] {
  const lines = authorLines(ris);
  return (astrocite(ris) as Csl[]).map((record, i) => ({
    key: record.id,
    type: RIS_TYPE_OF_CSL.get(record.type) ?? record.type,
    title: record.title ?? '',
    // astrocite also reads an A2 (editor) line into the authors, after the AU lines: those are not compared.
    names: (record.author ?? []).filter((_, j) => lines[i]![j]?.includes(',')).map(cslName),
    date: iso(record.issued?.['date-parts'][0]),
    url: record.URL ?? '',
    accessed: iso(record.accessed?.['date-parts'][0]),
  }));
}

/** The names of each RIS record as citation-js reads them: a name without a comma as one literal name. */
export function namesViaCitationJs(ris: string): { key: string; names: string[] }[] {
  // citation-js files the authors of a newspaper item (RIS NEWS) as CSL "reporter": text, or a list of texts.
  type Read = { id: string; author?: NonNullable<Csl['author']>; reporter?: string | string[] };
  return (new Cite(ris).data as Read[]).map((record) => ({ key: record.id, names: record.author ? record.author.map(cslName) : [record.reporter ?? []].flat() }));
}
