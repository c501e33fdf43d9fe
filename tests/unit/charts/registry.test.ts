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
  // A long measure is cut at a word, so the permalink and the BibTeX key stay readable.
  expect(chartId({ name: 'series', measure: 'Drone incidents sighted or reported around prisons in England and Wales (calendar years, MoJ FOI release 240515008)' })).toBe('series-drone-incidents-sighted-or-reported-around-prisons-in');
  expect(chartId({ name: 'claimed-vs-specified', measure: 'Maximum payload of the DJI Matrice 300 RTK' })).toBe('claimed-vs-specified-maximum-payload-of-the-dji-matrice-300-rtk');
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

test('the side-by-side chart sets out every series an article embeds, each with its own period definition and sources', () => {
  const figure = (measure: string, unit: string, value: number, period: string) => ({ measure, unit, value, period });
  const withFigures = (id: string, figures: ReturnType<typeof figure>[]) => {
    const claim = content.claims.find((entry) => entry.id === id)!;
    return { ...claim, data: { ...claim.data, figures } };
  };
  const claims = [
    withFigures('designation-published', [figure('Groups designated', 'groups', 1, '2024'), figure('Incidents recorded', 'incidents', 40, '2024-04/2025-03')]),
    withFigures('unit-trained-abroad', [figure('Groups designated', 'groups', 3, '2025'), figure('Incidents recorded', 'incidents', 55, '2025-04/2026-03')]),
  ];
  const articles = content.articles.map((article) => ({ ...article, body: `${article.body}\n<Chart name="series" measure="Incidents recorded" />\n<Chart name="series" measure="Groups designated" />\n` }));
  const records = { ...content, claims, articles };
  expect(chartId({ name: 'side-by-side' })).toBe('series-side-by-side');
  expect(chartRequestProblem({ name: 'side-by-side' }, records)).toBeNull();
  const chart = buildChart({ name: 'side-by-side' }, records);
  expect(chart.table.rows.map((row) => [...row.cells.slice(0, 4), row.href])).toEqual([
    ['Incidents recorded', 'April 2024 to March 2025', '40', 'incidents', '/claims/designation-published/'],
    ['Incidents recorded', 'April 2025 to March 2026', '55', 'incidents', '/claims/unit-trained-abroad/'],
    ['Groups designated', '2024', '1', 'groups', '/claims/designation-published/'],
    ['Groups designated', '2025', '3', 'groups', '/claims/unit-trained-abroad/'],
  ]);
  expect(chart.summary).toContain('Incidents recorded (incidents, twelve-month years from April to March)');
  expect(chart.summary).toContain('Groups designated (groups, calendar years)');
  const oneSeries = { ...records, articles: content.articles.map((article) => ({ ...article, body: `${article.body}\n<Chart name="series" measure="Groups designated" />\n` })) };
  expect(chartRequestProblem({ name: 'side-by-side' }, oneSeries)).toBe('<Chart name="side-by-side"> needs at least two series embedded in articles; found 1');
});

test('a story trail follows the relays of the source records: the origin, then each source that repeats it', () => {
  expect(chartId({ name: 'trail', claim: 'unit-trained-abroad' })).toBe('trail-unit-trained-abroad');
  expect(chartRequestProblem({ name: 'trail', claim: 'unit-trained-abroad' }, content)).toBeNull();
  const chart = buildChart({ name: 'trail', claim: 'unit-trained-abroad' }, content);
  expect(chart.table.rows.map((row) => [row.cells[0], row.cells[1], row.cells[2], row.cells[3], row.cells[6], row.status, row.href])).toEqual([
    ['Example State TV', '2025-09-08', 'Origin', '', '', 'reported', '/sources/state-tv-report/'],
    ['Example Daily', 'Date unknown', 'Example State TV', 'It names it', 'Drops the broadcaster\'s "reportedly".', 'reported', '/sources/outlet-report/'],
  ]);
  expect(chartRequestProblem({ name: 'trail', claim: 'designation-published' }, content)).toBe('<Chart name="trail"> found no source whose relays say "designation-published" or repeat an event listing it');
  expect(chartRequestProblem({ name: 'trail', claim: 'nothing' }, content)).toBe('<Chart name="trail"> names no claim with the id "nothing"');
});
