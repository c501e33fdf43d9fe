import { describe, expect, test } from 'vitest';
import { parse as retorquere } from '@retorquere/bibtex-parser';
import { parse as astrocite } from 'astrocite-ris';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { toBibtex, toCslJson, toRis } from '../../../src/lib/citation/export';
import type { CslItem } from '../../../src/lib/citation/items';
import { expected, namesViaCitationJs, viaAstrocite, viaBiblatexConverter, viaCitationJsBibtex, viaRetorquere } from '../../support/citation-parsers';
import { article, articleEs, chart, chartEs, claim, claimEs, dataSet, dataSetEs, hubEs, journalSource, newsSource, registerSource, reportSource, webNewsSource } from './fixtures';

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

describe('the records of a Spanish page', () => {
  // A Spanish page cites its own record in Spanish and the originals in their own languages.
  const spanish = [claimEs, articleEs, chartEs, hubEs, dataSetEs, newsSource, webNewsSource];

  test('BibTeX: langid spanish, the Spanish genre as titleaddon, accents as UTF-8', () => {
    expect(toBibtex([claimEs])).toBe(
      [
        '@online{claim-unit-trained-abroad,',
        '  title = {Miembros de la unidad recibieron entrenamiento con drones en el extranjero},',
        '  author = {{Drones and Organized Crime}},',
        '  organization = {{Drones and Organized Crime: An Evidence-Graded Explainer}},',
        '  publisher = {{Drones and Organized Crime}},',
        '  titleaddon = {Registro de afirmación},',
        '  date = {2026-12-07},',
        '  url = {https://example.org/es/claims/unit-trained-abroad/},',
        '  langid = {spanish},',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('RIS: LA es, the Spanish genre in M3', () => {
    expect(toRis([dataSetEs])).toBe(
      [
        'TY  - DATA',
        'ID  - data-open-data',
        'TI  - Drones and Organized Crime: An Evidence-Graded Explainer: Datos abiertos',
        'AU  - Drones and Organized Crime',
        'PB  - Drones and Organized Crime',
        'M3  - Conjunto de datos',
        'PY  - 2026',
        'DA  - 2026/12/07/',
        'UR  - https://example.org/es/data/',
        'LA  - es',
        'ER  - ',
        '',
      ].join('\n'),
    );
  });

  test('BibTeX parses back with three parsers, titles with their accents and langid spanish; English sources stay english', () => {
    const bib = toBibtex(spanish);
    const fields = spanish.map((item) => expected(item, 'bibtex'));
    expect(viaRetorquere(bib)).toEqual({ fields, errors: [] });
    expect(viaBiblatexConverter(bib)).toEqual({ fields, errors: [] });
    expect(viaCitationJsBibtex(bib)).toEqual(fields);
    const read = retorquere(bib, { sentenceCase: false }).entries.map((entry) => [entry.key, entry.fields.langid, entry.fields.titleaddon]);
    expect(read).toEqual([
      ['claim-unit-trained-abroad', 'spanish', 'Registro de afirmación'],
      ['article-rt-report', 'spanish', undefined],
      ['chart-timeline', 'spanish', 'Gráfico'],
      ['use-attack', 'spanish', 'Página temática'],
      ['data-open-data', 'spanish', 'Conjunto de datos'],
      ['source-outlet-report', 'spanish', undefined],
      ['source-agency-report', 'english', undefined],
    ]);
    expect((new Cite(bib).data as { language?: string }[]).map((record) => record.language)).toEqual([...Array(6).fill('spanish'), 'english']);
    expect(fields[1]!.title).toBe('¿Aprendió un cártel la guerra con drones en el extranjero? Un informe, afirmación por afirmación');
  });

  test('RIS parses back with astrocite-ris and citation-js, LA es and the Spanish titles whole', () => {
    const ris = toRis(spanish);
    expect(viaAstrocite(ris)).toEqual(spanish.map((item) => expected(item, 'ris', { persons: true })));
    expect(namesViaCitationJs(ris)).toEqual(spanish.map((item) => ({ key: item.id, names: expected(item, 'ris').names })));
    const languages = ['es', 'es', 'es', 'es', 'es', 'es', 'en'];
    expect((astrocite(ris) as { language?: string }[]).map((record) => record.language)).toEqual(languages);
    expect((new Cite(ris).data as { language?: string; title?: string }[]).map((record) => [record.language, record.title])).toEqual(spanish.map((item, i) => [languages[i], item.title]));
    expect((astrocite(ris) as { genre?: string }[])[0]!.genre).toBe('Registro de afirmación');
  });
});
