import { expect, test } from 'vitest';
import { coinsUrl, contextObject } from '../../../src/lib/citation/coins';
import { article, dataSet, journalSource, newsSource } from './fixtures';

const pairs = (kev: string) => kev.split('&').map((pair) => pair.split('=').map(decodeURIComponent));

test('a page of this site: a Zotero web page by one organisation, dated as its cite box dates it', () => {
  expect(pairs(contextObject(article))).toEqual([
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
    ['rft.type', 'webpage'],
    ['rft.title', 'Did a cartel learn drone warfare abroad? Reading a report claim by claim'],
    ['rft.source', 'Drones and Organized Crime: An Evidence-Graded Explainer'],
    ['rft.aucorp', 'Drones and Organized Crime'],
    ['rft.date', '2026-11-25'],
    ['rft.publisher', 'Drones and Organized Crime'],
    ['rft.language', 'en'],
    ['rft_id', 'https://example.org/articles/rt-report/'],
  ]);
});

test('the data set is a Zotero data set', () => {
  expect(pairs(contextObject(dataSet))).toContainEqual(['rft.type', 'dataset']);
});

test('a newspaper article names its people by family and given name, in order', () => {
  expect(pairs(contextObject(newsSource)).filter(([key]) => /^rft\.(type|source|au)/.test(key!))).toEqual([
    ['rft.type', 'newspaperArticle'],
    ['rft.source', 'Example Daily'],
    ['rft.aulast', 'Ruiz'],
    ['rft.aufirst', 'Ana'],
    ['rft.aulast', 'de la Cruz'],
    ['rft.aufirst', 'Juan'],
  ]);
});

test('a journal article uses the journal format, with article and journal titles', () => {
  expect(pairs(contextObject(journalSource)).slice(1, 5)).toEqual([
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
    ['rft.genre', 'article'],
    ['rft.atitle', 'Tactical note 12: Drone attack on a police post'],
    ['rft.jtitle', 'Example Journal'],
  ]);
});

test('a "+" in a query string, which Zotero would read as a space, is written as the space it means', () => {
  expect(coinsUrl('https://example.org/a/?q=x+y&r=1')).toBe('https://example.org/a/?q=x%20y&r=1');
  expect(coinsUrl('https://example.org/a/b')).toBe('https://example.org/a/b');
});

test('an address with a "+" in its path, which Zotero would import with a space, is left out of the context object', () => {
  expect(coinsUrl('https://example.org/a+b/')).toBeNull();
  expect(coinsUrl('https://example.org/a+b/?q=x+y')).toBeNull();
});
