import { expect, test } from 'vitest';
import { buildHubs, COUNTRY_HUB_MIN_CLAIMS, countryHubTitle, useHubTitle } from '../../../src/lib/evidence/hubs';
import { countryName } from '../../../src/lib/countries';
import { USES, type Claim, type Event } from '../../../src/schemas';

const claim = (id: string, status: Claim['status'], countries: string[], uses: Claim['uses']) => ({ id, data: { statement: `Statement ${id}.`, status, countries, uses } });
const event = (id: string, countries: string[], uses: Event['uses']) => ({ id, data: { countries, uses } });

const claims = [
  claim('a', 'reported', ['MX'], ['attack']),
  claim('b', 'documented', ['MX', 'US'], ['counter-drone']),
  claim('c', 'alleged', ['MX'], ['attack', 'other']),
  claim('d', 'documented', ['GB'], ['other']),
];
const events = [event('e1', ['MX'], ['attack']), event('e2', ['GB'], ['other'])];
const related = { articles: [{ id: 'intro', claims: ['a', 'd'] }, { id: 'border', claims: ['b'] }], charts: [{ id: 'timeline', claims: ['c'] }] };
const hubs = buildHubs(claims, events, related);

test('one hub per use, in the order of the list, even a use nothing is about yet', () => {
  expect(hubs.uses.map((hub) => [hub.id, hub.claims.map((c) => c.id), hub.events.map((e) => e.id)])).toEqual([
    ['trafficking', [], []],
    ['prison-contraband', [], []],
    ['surveillance', [], []],
    ['attack', ['a', 'c'], ['e1']],
    ['maritime', [], []],
    ['counter-drone', ['b'], []],
    ['other', ['c', 'd'], ['e2']],
  ]);
  expect(hubs.uses.length).toBe(USES.length);
});

test(`a country has a hub from ${COUNTRY_HUB_MIN_CLAIMS} claims, addressed by its lowercase code`, () => {
  expect(hubs.countries.map((hub) => [hub.id, hub.key, hub.claims.map((c) => c.id)])).toEqual([['mx', 'MX', ['a', 'b', 'c']]]);
});

test('a hub groups its claims by status and lists the articles and charts that draw on them', () => {
  const mexico = hubs.countries[0]!;
  expect(mexico.byStatus.map((group) => [group.status, group.claims.map((c) => c.id)])).toEqual([
    ['documented', ['b']],
    ['reported', ['a']],
    ['alleged', ['c']],
    ['disputed', []],
    ['contradicted', []],
  ]);
  expect([mexico.articles, mexico.charts, mexico.events.map((e) => e.id)]).toEqual([['intro', 'border'], ['timeline'], ['e1']]);
});

test('hub titles name the use and the country in words', () => {
  expect([useHubTitle('prison-contraband'), countryHubTitle('MX'), countryHubTitle('US'), countryName('GB'), countryName('RU'), countryName('CN'), countryName('EU')]).toEqual(['Drone use: Prison contraband', 'Country: Mexico', 'Country: United States', 'United Kingdom', 'Russia', 'China', 'European Union']);
});
