/**
 * The evidence explorer, the open data and the corrections in Spanish: the same claims, files and status changes
 * as the English pages, each claim in Spanish where it is translated and in English, marked so, where it is not.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkContent } from '../../src/check';
import { CONTENT_DIR } from '../../src/lib/content/location';
import { compareText } from '../../src/lib/format';
import { paths, pathsIn } from '../../src/lib/paths';
import { attributeValues, decodeEntities, fileForPath } from '../support/built-site';

const { content } = checkContent(CONTENT_DIR);
const spanish = pathsIn('es');
const html = (path: string) => readFileSync(fileForPath(path)!, 'utf8');
const text = (fragment: string) => decodeEntities(fragment.replace(/<[^>]+>/g, '')).trim();
/** The first cell's link of every row of a page's claim table: address, language mark and statement. */
const rows = (path: string) =>
  [...(/<tbody>([\s\S]*?)<\/tbody>/.exec(html(path))?.[1] ?? '').matchAll(/<tr[^>]*>\s*<td><a href="([^"]+)"(?: lang="([^"]+)")?>([\s\S]*?)<\/a>/g)].map((match) => ({ href: match[1]!, lang: match[2], statement: text(match[3]!) }));
const claimId = (href: string) => /\/claims\/([^/]+)\/$/.exec(href)![1]!;
const explainers = content.articles.filter((article) => article.data.kind === 'explainer');
const translatedTitle = new Map(content.translations.filter((entry) => entry.language === 'es').map((entry) => [entry.id, entry.data.title]));

test('the Spanish explorer lists every claim once: in Spanish where translated, else in English, marked so and linking the English page', () => {
  const listed = rows('/es/explorer/');
  expect(listed.map((row) => claimId(row.href)).sort()).toEqual(content.claims.map((claim) => claim.id).sort());
  for (const row of listed) {
    const claim = content.claims.find((entry) => entry.id === claimId(row.href))!;
    const translation = claim.data.translations.es;
    if (translation) expect(row, claim.id).toEqual({ href: spanish.claim(claim.id), lang: undefined, statement: translation.statement });
    else expect(row, claim.id).toEqual({ href: paths.claim(claim.id), lang: 'en', statement: claim.data.statement });
  }
  // In the order a Spanish reader sorts what the rows show.
  const statements = listed.map((row) => row.statement);
  expect(statements).toEqual([...statements].sort((a, b) => compareText(a, b, 'es')));
});

test('each Spanish status and topic page lists the claims its English page lists', () => {
  const ids = (path: string) => rows(path).map((row) => claimId(row.href)).sort();
  for (const status of ['documented', 'reported', 'alleged', 'disputed', 'contradicted']) expect(ids(`/es/explorer/status/${status}/`), status).toEqual(ids(`/explorer/status/${status}/`));
  for (const article of explainers) expect(ids(`/es/explorer/topic/${article.id}/`), article.id).toEqual(ids(`/explorer/topic/${article.id}/`));
});

test('a Spanish topic page is titled by its article in Spanish, or by the English title marked as English, and links the article', () => {
  expect(explainers.some((article) => translatedTitle.has(article.id))).toBe(true);
  expect(explainers.some((article) => !translatedTitle.has(article.id))).toBe(true);
  for (const article of explainers) {
    const page = html(`/es/explorer/topic/${article.id}/`);
    const heading = /<h1>([\s\S]*?)<\/h1>/.exec(page)![1]!;
    const title = translatedTitle.get(article.id);
    if (title) {
      expect(text(heading), article.id).toBe(`Afirmaciones de “${title}”`);
      expect(attributeValues(page, 'href'), article.id).toContain(spanish.article(article.id, 'explainer'));
    } else {
      expect(heading, article.id).toContain(`<span lang="en">`);
      expect(text(heading), article.id).toBe(`Afirmaciones de “${article.data.title}”`);
      expect(attributeValues(page, 'href'), article.id).toContain(paths.article(article.id, 'explainer'));
    }
  }
});

test('the explorer script writes the count in the page’s words', () => {
  const shown = (path: string) => attributeValues(/<p class="explorer-count"[^>]*>/.exec(html(path))![0], 'data-shown')[0];
  expect(shown('/explorer/')).toBe(`{shown} of ${content.claims.length} claims shown`);
  expect(shown('/es/explorer/')).toBe(`Mostrando {shown} de ${content.claims.length} afirmaciones`);
});

test('the Spanish data page offers the same English files at the same addresses, and cites the data at its own address', () => {
  const files = (path: string) => attributeValues(/<main[\s\S]*<\/main>/.exec(html(path))![0], 'href').filter((href) => href.startsWith('/data/') && href !== '/data/');
  expect(files('/es/data/')).toEqual(files('/data/'));
  expect(files('/es/data/').length).toBeGreaterThan(1);
  for (const href of files('/es/data/')) expect(fileForPath(href), href).not.toBeNull();
  const cited = JSON.parse(readFileSync(fileForPath('/es/cite/data-open-data.json')!, 'utf8')) as { URL: string; language: string }[];
  expect(cited[0]).toMatchObject({ URL: expect.stringMatching(/\/es\/data\/$/), language: 'es' });
});

test('the Spanish corrections page lists every status change, each reason marked as English', () => {
  const log = (path: string) => /<ol class="corrections-log">([\s\S]*?)<\/ol>/.exec(html(path))![1]!;
  const changes = (path: string) => log(path).match(/<li>/g)!.length;
  expect(changes('/es/corrections/')).toBe(changes('/corrections/'));
  expect(log('/es/corrections/').match(/\. <span lang="en">/g)!.length).toBe(changes('/es/corrections/'));
});
