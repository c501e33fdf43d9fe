/**
 * RIS written from the CSL-JSON records, one tag per line as the RIS specification has it: no line wrapping (a
 * wrapped title or URL is two values to an importer), the full record id, `Y2` for the access date, and a final
 * newline so files can be joined without losing a record.
 *
 * Written here rather than by citation-js, whose writer wraps lines at 70 characters, cuts ids to 20 and drops
 * the authors of newspaper items; parse-back tests read every file with independent parsers.
 */
import type { CslDate, CslItem, CslName } from './items';
import { WORK_TYPES } from './types';

/** RIS dates: `YYYY/MM/DD/` with empty parts for what is not known. */
function risDate(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0];
  const two = (part: number | undefined) => (part ? String(part).padStart(2, '0') : '');
  return `${String(year).padStart(4, '0')}/${two(month)}/${two(day)}/`;
}

/**
 * A person as `Family, Given` (the comma tells importers where the family name ends); an organisation as its
 * name with no comma, which Zotero and citation-js keep as one single-field name.
 */
const name = (person: CslName) => ('literal' in person ? person.literal : person.given ? `${person.family}, ${person.given}` : `${person.family},`);

/** A value on one line: any line break inside it becomes a space. */
const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ');

/** One record. The title goes in `TI`, its periodical or website in `T2`, its issuer in `PB`. */
export function risRecord(item: CslItem): string {
  const tags: [string, string | undefined][] = [
    ['TY', WORK_TYPES[item.type].ris],
    ['ID', item.id],
    ['TI', item.title],
    ...(item.author ?? []).map((author) => ['AU', name(author)] as [string, string]),
    ...(item.editor ?? []).map((editor) => ['A2', name(editor)] as [string, string]),
    ['T2', item['container-title']],
    ['PB', item.publisher],
    ['M3', item.genre],
    ['PY', item.issued ? String(item.issued['date-parts'][0][0]) : undefined],
    ['DA', item.issued ? risDate(item.issued) : undefined],
    ['Y2', item.accessed ? risDate(item.accessed) : undefined],
    ['UR', item.URL],
    ['LA', item.language],
    ['N1', item.archive_location ? `Archived at ${item.archive_location}` : undefined],
  ];
  const lines = tags.filter((tag): tag is [string, string] => tag[1] !== undefined).map(([tag, value]) => `${tag}  - ${oneLine(value)}`);
  return `${lines.join('\n')}\nER  - \n`;
}

/** A .ris file: the records one after another, ending with a newline. */
export const toRis = (items: CslItem[]): string => items.map(risRecord).join('\n');
