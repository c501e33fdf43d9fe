import { expect, test } from 'vitest';
import { toBibtex, toCslJson, toRis } from '../../../src/lib/citation/export';
import type { CslItem } from '../../../src/lib/citation/items';
import { expected, namesViaCitationJs, viaAstrocite, viaBiblatexConverter, viaCitationJsBibtex, viaRetorquere } from '../../support/citation-parsers';
import { article, chart, claim, dataSet, journalSource, newsSource, registerSource, reportSource, webNewsSource } from './fixtures';

// Every LaTeX special character but "^", which biblatex-csl-converter cannot read back in any LaTeX form.
const hostile: CslItem = { ...reportSource, id: 'source-hostile', title: 'A & B {x} 50% #1 _y_ ~z \\ «Украина» 中国 “quoted”', author: [{ literal: 'Ministry of Defence and Veterans' }, { family: 'Ñúñez', given: 'José' }] };
const items = [article, claim, chart, dataSet, newsSource, webNewsSource, reportSource, journalSource, registerSource, hostile];

test('BibTeX: biblatex types, UTF-8, ISO dates, urldate and the record id as key', () => {
  expect(toBibtex([newsSource])).toBe(
    [
      '@article{source-outlet-report,',
      '  title = {Un cártel se entrenó en el extranjero [A cartel trained abroad]},',
      '  author = {Ruiz, Ana and {de la Cruz}, Juan},',
      '  entrysubtype = {newspaper},',
      '  journaltitle = {Example Daily},',
      '  date = {2025-09-08},',
      '  url = {https://example.org/news/cartel},',
      '  urldate = {2026-11-24},',
      '  langid = {spanish},',
      '}',
      '',
    ].join('\n'),
  );
});

test('BibTeX: a web page names its site as a braced organisation, which biblatex would otherwise split at "and"', () => {
  expect(toBibtex([article])).toContain('@online{article-rt-report,\n  title = {Did a cartel learn drone warfare abroad? Reading a report claim by claim},\n  author = {{Drones and Organized Crime}},\n  organization = {{Drones and Organized Crime: An Evidence-Graded Explainer}},');
  expect(toBibtex([dataSet])).toMatch(/^@dataset\{data-open-data,/);
  expect(toBibtex([reportSource])).toContain('  institution = {{Example Ministry}},\n  type = {Report},\n  date = {2025-05},');
});

test('BibTeX: a key twice in one file stops the build', () => {
  expect(() => toBibtex([claim, claim])).toThrow('BibTeX key "claim-unit-trained-abroad" would appear twice in one file');
});

test('RIS: one tag a line, full ids, Y2 access dates, organisations kept whole, a final newline', () => {
  expect(toRis([newsSource, registerSource])).toBe(
    [
      'TY  - NEWS',
      'ID  - source-outlet-report',
      'TI  - Un cártel se entrenó en el extranjero [A cartel trained abroad]',
      'AU  - Ruiz, Ana',
      'AU  - de la Cruz, Juan',
      'T2  - Example Daily',
      'PY  - 2025',
      'DA  - 2025/09/08/',
      'Y2  - 2026/11/24/',
      'UR  - https://example.org/news/cartel',
      'LA  - es',
      'ER  - ',
      '',
      'TY  - ELEC',
      'ID  - source-ministry-register',
      'TI  - [Register of designations]',
      'AU  - Example Ministry',
      'T2  - Example Ministry',
      'Y2  - 2026/11/24/',
      'UR  - https://example.org/register',
      'LA  - en',
      'ER  - ',
      '',
    ].join('\n'),
  );
});

test('RIS: a value with a line break stays on one line', () => {
  expect(toRis([{ ...claim, title: 'One\nTwo' }])).toContain('TI  - One Two\n');
});

for (const [parser, read] of [['@retorquere/bibtex-parser', viaRetorquere], ['biblatex-csl-converter', viaBiblatexConverter]] as const) {
  test(`BibTeX parses back with ${parser} to the CSL-JSON, field by field`, () => {
    const { fields, errors } = read(toBibtex(items));
    expect(errors).toEqual([]);
    expect(fields).toEqual(items.map((item) => expected(item, 'bibtex')));
  });
}

test('BibTeX parses back with citation-js to the CSL-JSON, field by field', () => {
  expect(viaCitationJsBibtex(toBibtex(items))).toEqual(items.map((item) => expected(item, 'bibtex')));
});

test('RIS parses back with astrocite-ris (every field) and citation-js (names) to the CSL-JSON', () => {
  expect(viaAstrocite(toRis(items))).toEqual(items.map((item) => expected(item, 'ris', { persons: true })));
  expect(namesViaCitationJs(toRis(items))).toEqual(items.map((item) => ({ key: item.id, names: expected(item, 'ris').names })));
});

test('CSL-JSON is the records themselves, as an array', () => {
  expect(JSON.parse(toCslJson(items))).toEqual(items);
});
