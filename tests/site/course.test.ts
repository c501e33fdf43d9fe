/** The explainers as one course: the home page leads to the first, each names what to read next, and the first leads everywhere. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkContent } from '../../src/check';
import { CONTENT_DIR } from '../../src/lib/content/location';
import { readingOrder } from '../../src/lib/evidence/relations';
import { paths } from '../../src/lib/paths';
import { USES } from '../../src/schemas';
import { attributeValues, DIST, fileForPath } from '../support/built-site';

const { content } = checkContent(CONTENT_DIR);
const page = (path: string) => readFileSync(fileForPath(path)!, 'utf8');
const explainers = readingOrder(content.articles.filter((article) => article.data.kind === 'explainer'));
const [overview] = explainers;

test('the home page leads a newcomer to the first explainer in reading order', () => {
  const start = /<p class="start-here">[\s\S]*?<\/p>/.exec(page('/'))?.[0] ?? '';
  expect(attributeValues(start, 'href')).toEqual([paths.article(overview!.id, 'explainer')]);
});

test('every explainer ends with a "Read next" list linking exactly the explainers its front matter names', () => {
  for (const article of explainers) {
    const nav = /<nav class="read-next"[\s\S]*?<\/nav>/.exec(page(paths.article(article.id, 'explainer')))?.[0] ?? '';
    expect(nav, article.id).toContain('Read next');
    expect(attributeValues(nav, 'href'), article.id).toEqual(article.data.readNext.map((id) => paths.article(id, 'explainer')));
  }
});

test('the first explainer links every other explainer, the use and country indexes and every hub', () => {
  const prose = /<div class="prose">[\s\S]*?<nav class="read-next"/.exec(page(paths.article(overview!.id, 'explainer')))?.[0] ?? '';
  const links = new Set(attributeValues(prose, 'href'));
  const hubs = readdirSync(`${DIST}/countries`).filter((entry) => entry !== 'index.html');
  const expected = [
    ...explainers.slice(1).map((article) => paths.article(article.id, 'explainer')),
    '/uses/',
    '/countries/',
    ...USES.filter((use) => use !== 'other').map((use) => paths.use(use)),
    ...hubs.map((code) => paths.country(code)),
  ];
  expect(expected.filter((href) => !links.has(href))).toEqual([]);
});

test('every explainer can be reached from the first by following "Read next" links', () => {
  const reached = new Set([overview!.id]);
  const queue = [overview!.id];
  while (queue.length > 0) {
    const id = queue.shift();
    const article = content.articles.find((entry) => entry.id === id)!;
    for (const next of article.data.readNext) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  expect(explainers.map((article) => article.id).filter((id) => !reached.has(id))).toEqual([]);
});
