import { expect, test } from 'vitest';
import { allChartRequests, buildChart, CHART_KINDS, chartId, chartRequestProblem } from '../../../src/charts/registry';
import { ARTICLE_COMPONENTS } from '../../../src/lib/content/mdx';
import { checkContent } from '../../../src/check';
import { VALID_CONTENT } from '../fixtures';

const { content } = checkContent(VALID_CONTENT);

test('every kind has its own name, and reads only attributes an article may write on <Chart>', () => {
  const names = CHART_KINDS.map((kind) => kind.name);
  expect(new Set(names).size).toBe(names.length);
  const allowed = new Set(ARTICLE_COMPONENTS.Chart!.optional);
  for (const kind of CHART_KINDS) for (const attribute of Object.keys(kind.attributes)) expect(allowed, `${kind.name} reads ${attribute}`).toContain(attribute);
});

test('a request is checked for its kind, its required attributes and attributes its kind does not read, before the records', () => {
  expect(chartRequestProblem({ name: 'pie' }, content)).toBe('<Chart> name "pie" is not a chart; use one of: anatomy, attribution, timeline, claimed-vs-specified, status-breakdown, series, side-by-side, trail, map');
  expect(chartRequestProblem({ name: 'trail' }, content)).toBe('<Chart name="trail"> needs claim="…"');
  expect(chartRequestProblem({ name: 'timeline', claim: 'unit-trained-abroad' }, content)).toBe('<Chart name="timeline"> takes no claim="…"; it reads about');
  expect(chartRequestProblem({ name: 'side-by-side', measure: 'x' }, content)).toBe('<Chart name="side-by-side"> takes no measure="…"');
  expect(chartRequestProblem({ name: 'attribution', claim: 'unit-trained-abroad' }, content)).toBeNull();
});

test('the site charts come first, then each chart an article embeds, once', () => {
  const articles = content.articles.map((article) => ({ ...article, body: `${article.body}\n<Chart name="attribution" claim="unit-trained-abroad" />\n<Chart name="timeline" />\n` }));
  expect(allChartRequests({ ...content, articles }).map(chartId)).toEqual(['status-by-article', 'status-by-actor', 'timeline', 'map-world', 'map-americas', 'map-europe', 'attribution-unit-trained-abroad']);
});

test('a chart is built in a language under the one id it has in every language', () => {
  const articles = content.articles.map((article) => ({ ...article, body: `${article.body}\n<Chart name="attribution" claim="unit-trained-abroad" />\n<Chart name="trail" claim="unit-trained-abroad" />\n` }));
  const records = { ...content, articles };
  for (const request of allChartRequests(records)) {
    const english = buildChart(request, records);
    const spanish = buildChart(request, records, 'es');
    expect([spanish.id, english.id]).toEqual([chartId(request), chartId(request)]);
    expect(spanish.title, spanish.id).not.toBe(english.title);
    expect(spanish.table.rows.map((row) => row.status)).toEqual(english.table.rows.map((row) => row.status));
    for (const row of spanish.table.rows) if (row.href) expect(row.href, spanish.id).toMatch(/^\/es\//);
  }
});
