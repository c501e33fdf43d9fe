import { expect, test } from 'vitest';
import { articleItem, claimItem, dataItem, sitePageItem, sourceItem } from '../../../src/lib/citation/items';
import { SITE } from '../../../src/lib/site';
import { article, articleEs, chart, chartEs, claim, claimEs, dataSet, dataSetEs, hubEs, newsSource, source, webNewsSource } from './fixtures';

test('a Spanish page of the site is a Spanish record: its language, and what it is in Spanish words', () => {
  expect([claimEs, articleEs, chartEs, hubEs, dataSetEs].map((item) => [item.language, item.genre])).toEqual([
    ['es', 'Registro de afirmación'],
    ['es', undefined],
    ['es', 'Gráfico'],
    ['es', 'Página temática'],
    ['es', 'Conjunto de datos'],
  ]);
  expect(dataSetEs.title).toBe('Drones and Organized Crime: An Evidence-Graded Explainer: Datos abiertos');
});

test('the site keeps its name in every language: author, publisher and website', () => {
  for (const item of [claimEs, articleEs, chartEs, hubEs]) expect([item.author, item.publisher, item['container-title']]).toEqual([[{ literal: SITE.name }], SITE.name, SITE.title]);
  expect([dataSetEs.author, dataSetEs.publisher]).toEqual([[{ literal: SITE.name }], SITE.name]);
});

test('English by default, with the English words, fields in the order the CSL-JSON download has always had', () => {
  expect([claim, article, chart, dataSet].map((item) => [item.language, item.genre])).toEqual([
    ['en', 'Claim record'],
    ['en', undefined],
    ['en', 'Chart'],
    ['en', 'Data set'],
  ]);
  expect(dataSet.title).toBe('Drones and Organized Crime: An Evidence-Graded Explainer: Open data');
  expect(Object.keys(claim)).toEqual(['id', 'type', 'title', 'author', 'container-title', 'publisher', 'language', 'genre', 'issued', 'URL']);
  expect(Object.keys(dataSetEs)).toEqual(['id', 'type', 'title', 'author', 'publisher', 'genre', 'issued', 'URL', 'language']);
  expect(claimItem({ id: 'x', statement: 'A.', updated: '2026-01-02' }, 'https://example.org/x/')).toEqual(claimItem({ id: 'x', statement: 'A.', updated: '2026-01-02' }, 'https://example.org/x/', 'en'));
  expect(articleItem({ id: 'x', title: 'A', updated: '2026-01-02' }, 'u', 'es')).toMatchObject({ id: 'article-x', language: 'es' });
  expect(dataItem('2026', 'u', 'es').language).toBe('es');
});

test('a page of the site takes the language it is given, the site\'s own when none is', () => {
  const page = { id: 'page-about', title: 'Acerca de', updated: '2026-12-07', url: 'https://example.org/es/about/' };
  expect(sitePageItem(page).language).toBe(SITE.language);
  expect(sitePageItem({ ...page, language: 'es' }).language).toBe('es');
});

test('an original document keeps its own language, whatever page cites it', () => {
  expect([newsSource.language, webNewsSource.language]).toEqual(['es', 'en']);
  const english = sourceItem('e', source({ kind: 'analysis', form: 'webpage', title: 'An analysis', publisher: 'Think Tank', language: 'en' }));
  expect(english.language).toBe('en');
});
