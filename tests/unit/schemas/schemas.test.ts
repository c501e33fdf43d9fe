import { describe, expect, test } from 'vitest';
import { eventSchema } from '../../../src/schemas';
import type { CollectionName } from '../../../src/lib/content/read';
import { validateRecords } from '../../../src/lib/content/validate';
import { fixtureRecord, words } from '../fixtures';

/** `field: message` for every problem the schema finds, exactly as a build reports them. */
function issues(collection: CollectionName, record: Record<string, any>, fileId = String(record.id ?? 'an-article')): string[] {
  const { problems } = validateRecords([{ collection, file: `content/${collection}/${fileId}`, fileId, data: record }]);
  return problems.map((problem) => `${problem.field}: ${problem.message}`);
}

type Case = [rule: string, mutate: (record: Record<string, any>) => void, expected: string];

function rules(name: string, collection: CollectionName, valid: () => Record<string, any>, cases: Case[]) {
  describe(name, () => {
    test('accepts the valid fixture', () => {
      expect(issues(collection, valid())).toEqual([]);
    });
    for (const [rule, mutate, expected] of cases) {
      test(`rejects: ${rule}`, () => {
        const record = valid();
        const fileId = String(record.id ?? 'an-article');
        mutate(record);
        expect(issues(collection, record, fileId)).toContain(expected);
      });
    }
  });
}

rules('source schema', 'sources', () => fixtureRecord('sources', 'state-tv-report'), [
  ['an id that is not kebab-case', (r) => (r.id = 'State_TV'), 'id: must be lowercase kebab-case, e.g. "cjng-fto-designation"'],
  ['an unknown kind', (r) => (r.kind = 'blog'), 'kind: must be one of: primary-record, news-report, state-media, official-statement, analysis, social-media'],
  ['a missing title', (r) => delete r.title, 'title: is required'],
  ['a title flag that is not true or false', (r) => (r.titleIsDescription = 'yes'), 'titleIsDescription: must be true or false'],
  ['an empty publisher', (r) => (r.publisher = '  '), 'publisher: must not be empty'],
  ['a date that is not YYYY-MM-DD', (r) => (r.published = '08/09/2025'), 'published: must be a date written YYYY-MM-DD, YYYY-MM or YYYY'],
  ['a month that does not exist', (r) => (r.published = '2025-13'), 'published: must be a date written YYYY-MM-DD, YYYY-MM or YYYY'],
  ['no date and no reason', (r) => (r.published = null), 'dateNote: is required when published is null: say why there is no date'],
  ['an unknown form', (r) => (r.form = 'blog'), 'form: must be one of: newspaper, news-site, magazine, journal, report, dataset, webpage, video, post'],
  ['a missing form', (r) => delete r.form, 'form: is required'],
  ['a person written as one string', (r) => (r.authors = ['Ana Ruiz']), 'authors[0]: must be a person written as family and given, or an organisation written as literal'],
  ['a person without a family name', (r) => (r.authors = [{ given: 'Ana' }]), 'authors[0]: must be a person written as family and given, or an organisation written as literal'],
  ['a name with both forms', (r) => (r.authors = [{ family: 'Ruiz', literal: 'Ana Ruiz' }]), 'authors[0]: must be a person written as family and given, or an organisation written as literal'],
  ['a translation of a description', (r) => ((r.titleIsDescription = true), (r.titleTranslation = 'State TV')), 'titleTranslation: is only for a title as published; a description is already in English'],
  ['a date that does not exist', (r) => (r.accessed = '2025-02-30'), 'accessed: is not a real calendar date'],
  ['a javascript: URL', (r) => (r.url = 'javascript:alert(1)'), 'url: must be a full http(s) URL'],
  ['a URL without a host', (r) => (r.url = 'https://'), 'url: must be a full http(s) URL'],
  ['no URL and no reason', (r) => (r.url = null), 'urlNote: is required when url is null: say why there is no URL'],
  ['state media without an affiliation', (r) => delete r.affiliation, 'affiliation: is required for state-media: name the affiliation and the source that establishes it'],
  ['an affiliation without its source', (r) => delete r.affiliation.source, 'affiliation.source: is required'],
  ['an id that differs from the file name', (r) => (r.id = 'other-report'), 'id: must equal the file name "state-tv-report"'],
  ['a bad language tag', (r) => (r.language = 'English'), 'language: must be a BCP 47 language tag such as "en"'],
  ['an unknown field', (r) => (r.reliabilty = 'typo'), 'reliabilty: is not a known field (check its spelling)'],
  ['a relay naming both a source and an event', (r) => (r.relays = [{ source: 'outlet-report', event: 'designation', named: true, says: 'unit-trained-abroad' }]), 'relays[0].source: give exactly one of source (a source we saw) or event (the event recording a document we did not see)'],
  ['a relay naming neither', (r) => (r.relays = [{ named: true, says: 'unit-trained-abroad' }]), 'relays[0].source: give exactly one of source (a source we saw) or event (the event recording a document we did not see)'],
  ['a relay without what it says', (r) => (r.relays = [{ source: 'outlet-report', named: true }]), 'relays[0].says: is required'],
  ['a relay not saying whether it names its source', (r) => (r.relays = [{ source: 'outlet-report', says: 'unit-trained-abroad' }]), 'relays[0].named: is required'],
]);

test('a source accepts a month or a year as its date, and people and organisations as names', () => {
  for (const published of ['2025-05', '2025']) expect(issues('sources', { ...fixtureRecord('sources', 'state-tv-report'), published })).toEqual([]);
  expect(issues('sources', { ...fixtureRecord('sources', 'state-tv-report'), authors: [{ family: 'Ruiz', given: 'Ana' }, { family: 'Madonna' }, { literal: 'Reuters staff' }] })).toEqual([]);
});

/** Countries and uses are checked alike on claims and events. */
const scopeCases: Case[] = [
  ['an unknown country code', (r) => (r.countries = ['XX']), 'countries[0]: "XX" is not an ISO 3166-1 alpha-2 country code (two capital letters, such as "MX")'],
  ['a country name instead of a code', (r) => (r.countries = ['Mexico']), 'countries[0]: "Mexico" is not an ISO 3166-1 alpha-2 country code (two capital letters, such as "MX")'],
  ['a lowercase country code', (r) => (r.countries = ['mx']), 'countries[0]: "mx" is not an ISO 3166-1 alpha-2 country code (two capital letters, such as "MX")'],
  ['no country', (r) => (r.countries = []), 'countries: needs at least one country code'],
  ['a missing country list', (r) => delete r.countries, 'countries: is required'],
  ['a country twice', (r) => (r.countries = ['MX', 'MX']), 'countries: lists a country twice'],
  ['an unknown use', (r) => (r.uses = ['smuggling']), 'uses[0]: must be one of: trafficking, prison-contraband, surveillance, attack, maritime, counter-drone, other'],
  ['no use', (r) => (r.uses = []), 'uses: needs at least one use'],
  ['a missing use list', (r) => delete r.uses, 'uses: is required'],
];

rules('claim schema', 'claims', () => fixtureRecord('claims', 'unit-trained-abroad'), [
  ...scopeCases,
  ['an unknown status', (r) => (r.status = 'confirmed'), 'status: must be one of: documented, reported, alleged, disputed, contradicted'],
  ['a statement of 40 words', (r) => (r.statement = words(40)), 'statement: has 40 words; it must be under 40 words'],
  ['a missing assessment date', (r) => delete r.assessed, 'assessed: is required'],
  ['a missing rationale', (r) => delete r.rationale, 'rationale: is required'],
  ['an empty attribution chain', (r) => (r.attribution = []), 'attribution: needs at least one link'],
  ['a named link without an actor', (r) => delete r.attribution[0].actor, 'attribution[0].actor: is required when named is true'],
  ['an unnamed link without a description', (r) => delete r.attribution[2].description, 'attribution[2].description: is required when named is false: say how the source describes the party'],
  ['an unknown role', (r) => (r.attribution[1].role = 'spokesperson'), 'attribution[1].role: must be one of: publisher, intermediary, source, originator'],
  ['no sources', (r) => (r.sources = []), 'sources: needs at least one source'],
  ['an unknown source relation', (r) => (r.sources[0].relation = 'confirms'), 'sources[0].relation: must be one of: supports, disputes, context'],
  ['a source without a locator', (r) => delete r.sources[0].locator, 'sources[0].locator: is required'],
  ['a quote of 40 words', (r) => (r.sources[0].quote = words(40)), 'sources[0].quote: has 40 words; it must be under 40 words'],
  ['a history entry with an unknown status', (r) => (r.history[0].status = 'rumoured'), 'history[0].status: must be one of: documented, reported, alleged, disputed, contradicted'],
  ['a history entry without a reason', (r) => delete r.history[0].reason, 'history[0].reason: is required'],
]);

rules('claim figures', 'claims', () => fixtureRecord('claims', 'designation-published'), [
  ['a figure without a measure', (r) => delete r.figures[0].measure, 'figures[0].measure: is required'],
  ['a value written as text', (r) => (r.figures[0].value = '1'), 'figures[0].value: must be a finite number'],
  ['a value that is not finite', (r) => (r.figures[0].value = Infinity), 'figures[0].value: must be a finite number'],
  ['a figure without a unit', (r) => delete r.figures[0].unit, 'figures[0].unit: is required'],
  ['a period in another form', (r) => (r.figures[0].period = '2025 Q1'), 'figures[0].period: must be a period written YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM/YYYY-MM'],
  ['a financial year written with a slash between years', (r) => (r.figures[0].period = '2020/21'), 'figures[0].period: must be a period written YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM/YYYY-MM'],
  ['an interval that ends before it starts', (r) => (r.figures[0].period = '2021-03/2020-04'), 'figures[0].period: must end after it starts'],
  ['an unknown figure field', (r) => (r.figures[0].source = 'x'), 'figures[0].source: is not a known field (check its spelling)'],
]);

rules('glossary term schema', 'glossary', () => fixtureRecord('glossary', 'designation'), [
  ['a missing term', (r) => delete r.term, 'term: is required'],
  ['an empty definition', (r) => (r.definition = ''), 'definition: must not be empty'],
  ['no sources', (r) => (r.sources = []), 'sources: needs at least one source for the definition'],
  ['a source without a locator', (r) => delete r.sources[0].locator, 'sources[0].locator: is required'],
  ['aliases that are not a list', (r) => (r.aliases = 'designated'), 'aliases: must be a list'],
  ['a related id that is not kebab-case', (r) => (r.related = ['Register']), 'related[0]: must be lowercase kebab-case, e.g. "cjng-fto-designation"'],
]);

rules('actor schema', 'actors', () => fixtureRecord('actors', 'example-ministry'), [
  ['an unknown kind', (r) => (r.kind = 'cartel'), 'kind: must be one of: state-media, news-outlet, government, official, criminal-group, armed-force, company, international-body, research-organisation, person, unnamed-group'],
  ['a country that is not a two-letter code', (r) => (r.country = 'Mexico'), 'country: must be a two-letter country code such as "MX"'],
  ['a description without sources', (r) => (r.sources = []), 'sources: needs at least one source for the description'],
]);

rules('event schema', 'events', () => fixtureRecord('events', 'designation'), [
  ...scopeCases,
  ['a missing date', (r) => delete r.date, 'date: is required'],
  ['an unknown kind', (r) => (r.kind = 'rumour'), 'kind: must be one of: incident, statement, designation, publication, investigation, other'],
  ['no sources', (r) => (r.sources = []), 'sources: needs at least one source'],
]);

rules('article front matter', 'articles', () => ({ title: 'T', description: 'D', kind: 'explainer', published: '2026-11-24', updated: '2026-11-24' }), [
  ['an unknown kind', (r) => (r.kind = 'blog'), 'kind: must be one of: explainer, site-page'],
  ['a missing title', (r) => delete r.title, 'title: is required'],
  ['a bad update date', (r) => (r.updated = 'yesterday'), 'updated: must be a date written YYYY-MM-DD'],
]);

test('a date parsed by YAML as a Date is normalised to its YYYY-MM-DD text', () => {
  const record = fixtureRecord('events', 'designation');
  record.date = new Date('2025-02-20T00:00:00Z');
  expect(eventSchema.parse(record).date).toBe('2025-02-20');
});

test('an unquoted date in a figure period, which some YAML parsers read as a Date, is read as its text', () => {
  const record = fixtureRecord('claims', 'designation-published');
  record.figures[0].period = new Date('2025-02-20T00:00:00Z');
  expect(issues('claims', record)).toEqual([]);
});

test('a figure period may be a year, a month, a day or a run of whole months such as a financial year', () => {
  for (const period of ['2025', '2025-02', '2025-02-20', '2020-04/2021-03']) {
    const record = fixtureRecord('claims', 'designation-published');
    record.figures[0].period = period;
    expect(issues('claims', record), period).toEqual([]);
  }
});

test('a claim about the European Union itself may use the reserved code EU; other reserved or user codes fail', () => {
  const record = fixtureRecord('claims', 'designation-published');
  record.countries = ['EU', 'ES'];
  expect(issues('claims', record)).toEqual([]);
  record.countries = ['UK'];
  expect(issues('claims', record)).toEqual(['countries[0]: "UK" is not an ISO 3166-1 alpha-2 country code (two capital letters, such as "MX")']);
});
