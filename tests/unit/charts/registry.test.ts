import { expect, test } from 'vitest';
import { allChartRequests, buildChart, chartId, chartRequestProblem, slug } from '../../../src/charts/registry';
import { checkContent } from '../../../src/lib/content/check';
import { VALID_CONTENT } from '../fixtures';

const { content } = checkContent(VALID_CONTENT);

test('a chart id is stable and readable, whatever page embeds it', () => {
  expect(slug('Drones seized by the Mexican Army (SEDENA)')).toBe('drones-seized-by-the-mexican-army-sedena');
  expect(slug('Carga útil máxima')).toBe('carga-util-maxima');
  expect(chartId({ name: 'series', measure: 'Drones seized (SEDENA)' })).toBe('series-drones-seized-sedena');
  expect(chartId({ name: 'anatomy', article: 'rt-report' })).toBe('anatomy-rt-report');
  expect(chartId({ name: 'timeline', about: 'cjng' })).toBe('timeline-cjng');
  expect(chartId({ name: 'status-breakdown', by: 'actor' })).toBe('status-by-actor');
});

test('the site charts come first, then each chart an article embeds, once', () => {
  const articles = content.articles.map((article) => ({ ...article, body: `${article.body}\n<Chart name="attribution" claim="unit-trained-abroad" />\n<Chart name="timeline" />\n` }));
  expect(allChartRequests({ ...content, articles }).map(chartId)).toEqual(['status-by-article', 'status-by-actor', 'timeline', 'attribution-unit-trained-abroad']);
});

test('charts are built from the records they name', () => {
  const chain = buildChart({ name: 'attribution', claim: 'unit-trained-abroad' }, content);
  expect(chain.table.rows.map((row) => row.cells)).toEqual([
    ['1', 'Published by', 'Example State TV', 'Named'],
    ['2', 'citing', 'Example Daily', 'Named'],
    ['3', 'citing', 'officials who were not named (within Example Ministry)', 'Unnamed'],
  ]);
  const timeline = buildChart({ name: 'timeline' }, content);
  expect(timeline.table.rows.map((row) => [row.cells[0], row.status, row.href])).toEqual([['2025-02-20', 'documented', '/claims/designation-published/']]);
  const byArticle = buildChart({ name: 'status-breakdown', by: 'article' }, content);
  expect(byArticle.table.rows.map((row) => row.cells.slice(0, 3))).toEqual([['A fixture explainer', '2', '1']]);
});

test('requests the records cannot satisfy are explained', () => {
  expect(chartRequestProblem({ name: 'timeline', about: 'nobody' }, content)).toBe('<Chart name="timeline"> names no actor with the id "nobody"');
  expect(chartRequestProblem({ name: 'status-breakdown', by: 'year' }, content)).toBe('<Chart name="status-breakdown"> needs by="article" or by="actor"');
  expect(chartRequestProblem({ name: 'claimed-vs-specified', measure: 'Nothing' }, content)).toBe('<Chart name="claimed-vs-specified"> needs at least two figures with the measure "Nothing"; found 0');
  expect(chartRequestProblem({ name: 'timeline' }, content)).toBeNull();
});
