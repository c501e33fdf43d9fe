/**
 * Every citation file the site serves, read back by parsers nobody here wrote and compared field by field with
 * the CSL-JSON file it was written from (`/cite/<id>.json` beside each `.bib` and `.ris`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CslItem } from '../../src/lib/citation/items';
import { DIST } from '../support/built-site';
import { expected, namesViaCitationJs, viaAstrocite, viaBiblatexConverter, viaCitationJsBibtex, viaRetorquere } from '../support/citation-parsers';

const folder = join(DIST, 'cite');
const ids = readdirSync(folder).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length)).sort();
const read = (id: string, extension: 'bib' | 'ris' | 'json') => readFileSync(join(folder, `${id}.${extension}`), 'utf8');
const records = new Map(ids.map((id) => [id, JSON.parse(read(id, 'json')) as CslItem[]]));

test('every citable thing has its three files', () => {
  expect(ids.length).toBeGreaterThan(300);
  for (const extension of ['bib', 'ris'] as const) expect(readdirSync(folder).filter((file) => file.endsWith(`.${extension}`)).length).toBe(ids.length);
});

describe.each(ids.map((id) => [id] as const))('%s', (id) => {
  const items = records.get(id)!;
  test('the record itself comes first, under its own id', () => expect(items[0]!.id).toBe(id));
  test('.bib parses back with @retorquere/bibtex-parser and biblatex-csl-converter to the CSL-JSON', () => {
    const bib = read(id, 'bib');
    expect(bib.endsWith('}\n')).toBe(true);
    for (const parsed of [viaRetorquere(bib), viaBiblatexConverter(bib)]) {
      expect(parsed.errors).toEqual([]);
      expect(parsed.fields).toEqual(items.map((item) => expected(item, 'bibtex')));
    }
    expect(viaCitationJsBibtex(bib)).toEqual(items.map((item) => expected(item, 'bibtex')));
  });
  test('.ris parses back with astrocite-ris and citation-js to the CSL-JSON, one tag a line', () => {
    const ris = read(id, 'ris');
    expect(ris.endsWith('ER  - \n')).toBe(true);
    expect(ris.split('\n').filter((line) => line !== '' && !/^[A-Z][A-Z0-9]  - /.test(line))).toEqual([]);
    expect(viaAstrocite(ris)).toEqual(items.map((item) => expected(item, 'ris', { persons: true })));
    expect(namesViaCitationJs(ris)).toEqual(items.map((item) => ({ key: item.id, names: expected(item, 'ris').names })));
  });
});

test('a BibTeX key names one work across the whole site: every file that has it has the same entry', () => {
  const entries = new Map<string, string>();
  const clashes: string[] = [];
  for (const id of ids) {
    for (const entry of read(id, 'bib').split(/\n(?=@)/)) {
      const key = /^@\w+\{([^,]+),/.exec(entry)![1]!;
      const seen = entries.get(key);
      if (seen !== undefined && seen !== entry.trim()) clashes.push(`${key} in ${id}.bib`);
      entries.set(key, entry.trim());
    }
  }
  expect(clashes).toEqual([]);
  // Every key is a citable thing of its own: the originals cited with a claim are the sources' own records.
  expect([...entries.keys()].sort()).toEqual(ids);
});
