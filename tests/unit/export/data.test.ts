import { unzipSync, strFromU8 } from 'fflate';
import { csvParse } from 'd3';
import { expect, test } from 'vitest';
import { checkContent } from '../../../src/check';
import { bundleReadme, dataBundle, dataFiles, describeFile } from '../../../src/lib/export/data';
import { VALID_CONTENT } from '../fixtures';

const { content } = checkContent(VALID_CONTENT);
const records = { ...content, claimUpdated: (id: string) => content.claims.find((claim) => claim.id === id)!.data.assessed };
const files = dataFiles(records, 'https://example.org/');
const file = (name: string) => String(files.find((entry) => entry.name === name)!.content);

test('the data files have permanent names', () => {
  expect(files.map((entry) => entry.name)).toEqual([
    'claims.csv',
    'claims.json',
    'sources.csv',
    'events.csv',
    'schema/claim.schema.json',
    'schema/source.schema.json',
    'schema/actor.schema.json',
    'schema/event.schema.json',
    'schema/glossary-term.schema.json',
    'schema/article.schema.json',
  ]);
});

test('claims.csv has one row per claim, with the chain and the sources by relation', () => {
  const rows = csvParse(file('claims.csv'));
  expect(rows.columns).toEqual(['id', 'statement', 'status', 'published', 'assessed', 'updated', 'speaker', 'attribution', 'chain_links', 'unnamed_links', 'supporting_sources', 'disputing_sources', 'context_sources', 'about', 'countries', 'uses', 'status_changes', 'url']);
  expect(rows.length).toBe(content.claims.length);
  const trained = rows.find((row) => row.id === 'unit-trained-abroad')!;
  expect([trained.status, trained.attribution, trained.chain_links, trained.unnamed_links, trained.url]).toEqual([
    'reported',
    'Example State TV (publisher) > Example Daily (intermediary) > unnamed: officials who were not named (within Example Ministry) (source)',
    '3',
    '1',
    'https://example.org/claims/unit-trained-abroad/',
  ]);
});

test('claims.json, sources.csv and events.csv hold every record', () => {
  expect((JSON.parse(file('claims.json')) as unknown[]).length).toBe(content.claims.length);
  expect(csvParse(file('sources.csv')).length).toBe(content.sources.length);
  expect(csvParse(file('events.csv')).map((row) => [row.id, row.claim_status])).toEqual([['designation', 'documented']]);
});

test('the JSON Schemas come from the Zod schemas the build validates with', () => {
  const claim = JSON.parse(file('schema/claim.schema.json'));
  expect(claim.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(claim.properties.status.enum).toEqual(['documented', 'reported', 'alleged', 'disputed', 'contradicted']);
  expect(claim.required).toEqual(expect.arrayContaining(['id', 'statement', 'status', 'published', 'assessed', 'rationale', 'attribution', 'sources']));
  expect(claim.additionalProperties).toBe(false);
});

test('the ZIP holds exactly the files its README lists, and the same content gives the same bytes', () => {
  const readme = bundleReadme(files, 'https://example.org/', '2026-11-25', 'A citation.');
  const zip = dataBundle(files, readme, '2026-11-25');
  const entries = unzipSync(zip);
  const listed = [...readme.matchAll(/^- `([^`]+)`/gm)].map((match) => match[1]);
  expect(Object.keys(entries).sort()).toEqual(['README.md', ...listed].sort());
  expect(strFromU8(entries['claims.csv']!)).toBe(file('claims.csv'));
  expect(readme).toContain('CC BY 4.0');
  expect(readme).toContain('APA 7: A citation.');
  expect(Buffer.from(dataBundle(files, readme, '2026-11-25')).equals(Buffer.from(zip))).toBe(true);
});

test('every data file is described in every language: the English as the README says it, the others in their own words', () => {
  for (const entry of files) {
    expect(describeFile(entry, 'en')).toEqual({ text: entry.description, lang: 'en' });
    const spanish = describeFile(entry, 'es');
    expect(spanish.lang, entry.name).toBe('es');
    expect(spanish.text, entry.name).not.toBe(entry.description);
  }
  expect(describeFile(files.find((entry) => entry.name === 'schema/event.schema.json')!, 'es').text).toMatch(/^Esquema JSON de un registro de hecho,/);
  // A file no dictionary describes keeps its English description, said to be English.
  expect(describeFile({ name: 'new-file.csv', description: 'A new file.' }, 'es')).toEqual({ text: 'A new file.', lang: 'en' });
});
