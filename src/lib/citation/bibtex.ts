/**
 * BibTeX for biblatex and biber, written from the CSL-JSON records: UTF-8 throughout (biber reads it; no accent
 * macros to mangle), ISO dates in `date` with real `month` numbers never needed, `urldate` for the access date,
 * and the record's own id as its key, so keys are unique across the site and stable between builds.
 *
 * Written here rather than by citation-js, whose writer escapes accents as `{\' a}`, drops non-Latin titles,
 * types news as journal articles and derives colliding keys; parse-back tests read every file with independent
 * parsers.
 */
import { isoDate, type CslItem, type CslName } from './items';
import { WORK_TYPES } from './types';

/** LaTeX's special characters, escaped so that biber and BibTeX importers read them as themselves. */
const SPECIAL = /[\\{}&%$#_^~]/g;
const ESCAPES: Record<string, string> = { '\\': '\\textbackslash{}', '^': '\\textasciicircum{}', '~': '\\textasciitilde{}' };
const escape = (value: string) => value.replace(SPECIAL, (char) => ESCAPES[char] ?? `\\${char}`);

/** A URL is verbatim in biblatex; only unbalanced braces could break the field, and web URLs have none. */
const verbatim = (url: string) => url.replace(/[{}]/g, encodeURIComponent);

/** A person as `Family, Given`; an organisation braced whole, so no parser splits it into a person. */
function name(person: CslName): string {
  if ('literal' in person) return `{${escape(person.literal)}}`;
  const family = /[\s,]/.test(person.family) ? `{${escape(person.family)}}` : escape(person.family);
  return person.given ? `${family}, ${escape(person.given)}` : family;
}

const names = (list: CslName[]) => list.map(name).join(' and ');

/** biblatex's `langid`, which sets hyphenation and case rules: the English name of the language, lowercased ("spanish"). */
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const langid = (tag: string) => languageNames.of(tag.split('-')[0]!)?.toLowerCase();

/** Where each CSL field goes in each biblatex entry type. */
function fields(item: CslItem): [string, string][] {
  const type = WORK_TYPES[item.type].bibtex;
  const container = item['container-title'];
  const out: [string, string | undefined][] = [
    ['title', escape(item.title)],
    ['author', item.author?.length ? names(item.author) : undefined],
    ['editor', item.editor?.length ? names(item.editor) : undefined],
    ...(type.entrysubtype ? [['entrysubtype', type.entrysubtype] as [string, string]] : []),
    // biblatex names a periodical `journaltitle` and a website's owner `organization`. Organisation, institution
    // and publisher are lists split at " and ", so a name is braced whole ("Drones and Organized Crime").
    ...(type.type === 'article' ? [['journaltitle', container ? escape(container) : undefined] as [string, string | undefined]] : [['organization', container ? `{${escape(container)}}` : undefined] as [string, string | undefined]]),
    [type.type === 'report' ? 'institution' : 'publisher', item.publisher ? `{${escape(item.publisher)}}` : undefined],
    ['type', type.type === 'report' ? 'Report' : undefined],
    ['titleaddon', item.genre ? escape(item.genre) : undefined],
    ['date', item.issued ? isoDate(item.issued) : undefined],
    ['url', item.URL ? verbatim(item.URL) : undefined],
    ['urldate', item.accessed ? isoDate(item.accessed) : undefined],
    ['langid', item.language ? langid(item.language) : undefined],
    ['addendum', item.archive_location ? `Archived at \\url{${verbatim(item.archive_location)}}` : undefined],
  ];
  return out.filter((field): field is [string, string] => field[1] !== undefined);
}

/** One entry. */
export function bibtexEntry(item: CslItem): string {
  const body = fields(item).map(([field, value]) => `  ${field} = {${value}},`);
  return `@${WORK_TYPES[item.type].bibtex.type}{${item.id},\n${body.join('\n')}\n}\n`;
}

/** A .bib file: the entries separated by a blank line, ending with a newline so joined files keep every record. */
export function toBibtex(items: CslItem[]): string {
  const keys = new Set<string>();
  for (const item of items) {
    if (keys.has(item.id)) throw new Error(`BibTeX key "${item.id}" would appear twice in one file`);
    keys.add(item.id);
  }
  return items.map(bibtexEntry).join('\n');
}
