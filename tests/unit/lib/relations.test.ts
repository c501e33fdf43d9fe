import { expect, test } from 'vitest';
import { checkContent } from '../../../src/check';
import { attributionsByActor, chainSummary, citationsBySource, claimsByStatus, groupByKeys, readingOrder, relatedClaims, uniqueInOrder } from '../../../src/lib/evidence/relations';
import { VALID_CONTENT } from '../fixtures';

const { claims } = checkContent(VALID_CONTENT).content;

test('claimsByStatus returns every status in order, empty groups included', () => {
  expect(claimsByStatus(claims).map((group) => [group.status, group.claims.map((claim) => claim.id)])).toEqual([
    ['documented', ['designation-published']],
    ['reported', ['unit-trained-abroad']],
    ['alleged', []],
    ['disputed', []],
    ['contradicted', []],
  ]);
});

test('citationsBySource gives each citing claim with its relation and locator', () => {
  const citations = citationsBySource(claims);
  expect(citations.get('state-tv-report')!.map(({ claim, relation, locator }) => [claim.id, relation, locator])).toEqual([['unit-trained-abroad', 'context', 'paragraph 1']]);
  expect(citations.get('no-such-source')).toBeUndefined();
});

test('attributionsByActor lists every chain link an actor holds, named or not', () => {
  expect(attributionsByActor(claims).get('example-ministry')!.map(({ claim, role, named }) => [claim.id, role, named])).toEqual([
    ['designation-published', 'publisher', true],
    ['unit-trained-abroad', 'source', false],
  ]);
});

test('groupByKeys files an item once under each distinct key, keeping order', () => {
  const groups = groupByKeys(['a1', 'b1', 'a2'], (item) => [item[0]!, item[0]!, 'all']);
  expect([...groups]).toEqual([
    ['a', ['a1', 'a2']],
    ['all', ['a1', 'b1', 'a2']],
    ['b', ['b1']],
  ]);
});

test('chainSummary counts links and unnamed links', () => {
  expect(chainSummary(claims.find((claim) => claim.id === 'unit-trained-abroad')!.data)).toEqual({ links: 3, unnamed: 1 });
});

test('uniqueInOrder keeps first appearances', () => {
  expect(uniqueInOrder(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
});

test('related claims share articles or actors, strongest first', () => {
  const claim = (id: string, about: string[]) => ({ id, data: { about, statement: `Statement ${id}` } });
  const claims = [claim('a', ['x', 'y']), claim('b', ['x']), claim('c', ['x', 'y']), claim('d', ['z']), claim('e', [])];
  const articles: Record<string, string[]> = { a: ['one'], b: ['one'], c: [], d: [], e: ['one'] };
  const index = {
    articlesOf: (id: string) => articles[id] ?? [],
    claimsInArticle: (article: string) => claims.filter((entry) => (articles[entry.id] ?? []).includes(article)),
    claimsAbout: (actor: string) => claims.filter((entry) => entry.data.about.includes(actor)),
  };
  expect(relatedClaims(claims[0]!, index).map((entry) => entry.id)).toEqual(['b', 'c', 'e']);
  expect(relatedClaims(claims[3]!, index)).toEqual([]);
});

test('explainers in reading order, site pages left out', () => {
  const article = (id: string, order: number | undefined, kind = 'explainer') => ({ id, data: { title: id, kind, order } });
  expect(readingOrder([article('c', undefined), article('b', 2), article('about', undefined, 'site-page'), article('a', 1)]).map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
});
