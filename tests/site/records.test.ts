import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkContent } from '../../src/check';
import { CONTENT_DIR } from '../../src/lib/content/location';
import { scanArticleBody } from '../../src/lib/content/mdx';
import { paths } from '../../src/lib/paths';
import { attributeValues, builtPages, decodeEntities, fileForPath } from '../support/built-site';

const { content } = checkContent(CONTENT_DIR);
const pages = builtPages();
const h1 = (html: string) => decodeEntities(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '');

// Every claim appears on its page, in the claims index and in the data export; extend when the search index lands.
test('every claim has its own page, headed by its statement', () => {
  const claimPages = pages.filter((page) => /^\/claims\/[^/]+\/$/.test(page.path));
  expect(claimPages.length).toBe(content.claims.length);
  for (const claim of content.claims) {
    const file = fileForPath(paths.claim(claim.id));
    expect(file, paths.claim(claim.id)).not.toBeNull();
    expect(h1(readFileSync(file!, 'utf8'))).toBe(claim.data.statement);
  }
});

test('the claims index links every claim exactly once', () => {
  const index = readFileSync(fileForPath('/claims/')!, 'utf8');
  const claimLinks = attributeValues(index, 'href').filter((href) => /^\/claims\/[^/]+\/$/.test(href));
  expect(claimLinks.sort()).toEqual(content.claims.map((claim) => paths.claim(claim.id)).sort());
});

test('every source and actor has its own page', () => {
  expect(pages.filter((page) => /^\/sources\/[^/]+\/$/.test(page.path)).length).toBe(content.sources.length);
  expect(pages.filter((page) => /^\/actors\/[^/]+\/$/.test(page.path)).length).toBe(content.actors.length);
});

test('every claim is linked from some page other than its own', () => {
  const linkedFrom = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const href of attributeValues(page.html, 'href')) {
      if (href !== page.path) linkedFrom.set(href, (linkedFrom.get(href) ?? new Set()).add(page.path));
    }
  }
  expect(content.claims.filter((claim) => !linkedFrom.has(paths.claim(claim.id))).map((claim) => claim.id)).toEqual([]);
});

test('every glossary term has its entry on the glossary page', () => {
  const glossary = readFileSync(fileForPath('/glossary/')!, 'utf8');
  expect(attributeValues(glossary, 'id').filter((id) => content.glossary.some((term) => term.id === id)).sort()).toEqual(content.glossary.map((term) => term.id).sort());
});

test('the data export lists every claim, source and event exactly once', () => {
  const csvIds = (name: string) => readFileSync(`dist/data/${name}`, 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]);
  expect(csvIds('claims.csv').sort()).toEqual(content.claims.map((claim) => claim.id).sort());
  expect((JSON.parse(readFileSync('dist/data/claims.json', 'utf8')) as { id: string }[]).map((claim) => claim.id).sort()).toEqual(content.claims.map((claim) => claim.id).sort());
  expect(csvIds('sources.csv').sort()).toEqual(content.sources.map((source) => source.id).sort());
  expect(csvIds('events.csv').sort()).toEqual(content.events.map((event) => event.id).sort());
});

test('the explorer lists every claim, and its status and topic pages list exactly the claims they name', () => {
  const claimLinks = (path: string) => attributeValues(readFileSync(fileForPath(path)!, 'utf8'), 'href').filter((href) => /^\/claims\/[^/]+\/$/.test(href) && !/\/claims\/(index)?$/.test(href));
  const rowLinks = (path: string) => {
    const html = readFileSync(fileForPath(path)!, 'utf8');
    return [...(/<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '').matchAll(/<tr[^>]*>\s*<td><a href="(\/claims\/[^"]+)"/g)].map((match) => match[1]);
  };
  expect(rowLinks('/explorer/').sort()).toEqual(content.claims.map((claim) => paths.claim(claim.id)).sort());
  const byStatus = ['documented', 'reported', 'alleged', 'disputed', 'contradicted'].flatMap((status) => rowLinks(`/explorer/status/${status}/`));
  expect(byStatus.sort()).toEqual(content.claims.map((claim) => paths.claim(claim.id)).sort());
  for (const article of content.articles.filter((entry) => entry.data.kind === 'explainer')) {
    const expected = [...new Set(scanArticleBody(article.body).claims.map((ref) => paths.claim(ref.id)))].sort();
    expect(rowLinks(`/explorer/topic/${article.id}/`).sort(), article.id).toEqual(expected);
  }
  expect(claimLinks('/explorer/').length).toBeGreaterThan(0);
});
