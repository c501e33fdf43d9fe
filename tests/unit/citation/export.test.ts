import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { expect, test } from 'vitest';
import { toBibtex, toCslJson, toRis } from '../../../src/lib/citation/export';
import { claim, newsSource, registerSource } from './fixtures';

const items = [claim, newsSource, registerSource];

test('BibTeX parses back with an independent parser to the same fields', () => {
  const library = parseBibtex(toBibtex(items));
  expect(library.errors).toEqual([]);
  expect(library.entries.map((entry) => [entry.type, entry.fields.title?.normalize('NFC'), entry.fields.author, entry.fields.url, entry.fields.year])).toEqual([
    ['misc', 'Members of the unit received drone training abroad', [{ name: 'Drones and Organized Crime' }], 'https://example.org/claims/unit-trained-abroad/', '2026'],
    ['article', 'Un cártel se entrenó en el extranjero', [{ name: 'Ana Ruiz' }], 'https://example.org/news/cartel', '2025'],
    ['misc', '[Register of designations]', undefined, 'https://example.org/register', undefined],
  ]);
  expect(library.entries[1]!.fields.journal).toBe('Example Daily');
  expect(library.entries[1]!.fields.note).toBe('[Online; accessed 2026-11-24]');
});

test('RIS parses back with an independent parser to the same fields', () => {
  type Record = { type: string; title: string; URL: string; issued?: { 'date-parts': string[][] }; 'container-title'?: string; author?: { family?: string; given?: string }[] };
  const records = parseRis(toRis(items)) as Record[];
  expect(records.map((record) => [record.type, record.title, record['container-title'], record.URL, record.issued?.['date-parts'][0]?.[0], record.author])).toEqual([
    ['webpage', 'Members of the unit received drone training abroad', 'Drones and Organized Crime: an evidence-graded explainer', 'https://example.org/claims/unit-trained-abroad/', '2026', [{ family: 'Drones and Organized Crime' }]],
    ['article-newspaper', 'Un cártel se entrenó en el extranjero', 'Example Daily', 'https://example.org/news/cartel', '2025', [{ family: 'Ruiz', given: 'Ana' }]],
    ['webpage', '[Register of designations]', 'Example Ministry', 'https://example.org/register', undefined, undefined],
  ]);
});

test('CSL-JSON is the records themselves, as an array', () => {
  expect(JSON.parse(toCslJson(items))).toEqual(items);
});
