import { expect, test } from 'vitest';
import { checkContent } from '../../src/check';
import { buildSiteModel } from '../../src/site-model';
import { SITE } from '../../src/lib/site';
import { VALID_CONTENT } from './fixtures';

const { content } = checkContent(VALID_CONTENT);
const model = buildSiteModel(content, 'https://example.org/');
const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

test('looks records up by id, and names the collection when an id is missing', () => {
  expect(model.claim('unit-trained-abroad').data.status).toBe('reported');
  expect(model.source('outlet-report').data.publisher).toBe('Example Daily');
  expect(() => model.claim('gone')).toThrow('No claim with id "gone"');
  expect(ids(model.glossary)).toEqual(['designation', 'register']);
});

test('relates the records both ways: citations of a source, links an actor holds, articles using a claim, events of a claim', () => {
  expect(model.citationsOf('state-tv-report').map((use) => [use.claim.id, use.relation])).toEqual([['unit-trained-abroad', 'context']]);
  expect(model.citationsOf('nobody')).toEqual([]);
  expect(model.attributionsOf('example-state-tv').map((entry) => entry.claim.id)).toEqual(['unit-trained-abroad']);
  expect(ids(model.articlesUsing('unit-trained-abroad'))).toEqual(['fixture-explainer']);
  expect(ids(model.eventsFor('designation-published'))).toEqual(['designation']);
  expect(ids(model.relatedTo(model.claim('unit-trained-abroad')))).toEqual(['designation-published']);
});

test('versions: a claim from its dates and log, a chart from the claims it draws, the site from its articles and claims', () => {
  expect(model.claimVersion('unit-trained-abroad').updated).toBe('2026-11-24');
  expect(model.siteVersion).toEqual({ published: '2026-11-24', updated: '2026-11-24' });
  // A correction logged on one claim moves that claim's version, every chart drawing on it, and the site's.
  const corrected = content.claims.map((claim) => (claim.id === 'unit-trained-abroad' ? { ...claim, data: { ...claim.data, changes: [{ date: '2026-12-01', summary: 'A figure fixed.' }] } } : claim));
  const later = buildSiteModel({ ...content, claims: corrected }, 'https://example.org/');
  expect(later.claimVersion('unit-trained-abroad').updated).toBe('2026-12-01');
  expect(later.claimVersion('designation-published').updated).toBe('2026-11-24');
  expect(later.chartUpdated('status-by-article')).toBe('2026-12-01');
  expect(later.chartUpdated('timeline')).toBe('2026-11-24');
  expect(later.siteVersion).toEqual({ published: '2026-11-24', updated: '2026-12-01' });
  expect(later.citation('claim-unit-trained-abroad').item.issued).toEqual({ 'date-parts': [[2026, 12, 1]] });
});

test('charts: the site charts, then the charts articles embed, each built once and found by id', () => {
  expect([...model.charts.keys()]).toEqual(['status-by-article', 'status-by-actor', 'timeline', 'map-world', 'map-americas', 'map-europe']);
  expect(model.chart('map-americas').table.rows.map((row) => row.cells[0])).toEqual(['Mexico']);
  expect(() => model.chart('pie')).toThrow('No chart with id "pie"');
});

test('one citation per citable thing, addressed under the site, a claim citing its supporting sources with it', () => {
  expect([...model.citations.keys()].sort()).toEqual(
    [
      'article-about',
      'article-methodology',
      'article-fixture-explainer',
      'claim-designation-published',
      'claim-unit-trained-abroad',
      'chart-status-by-article',
      'chart-status-by-actor',
      'chart-timeline',
      'chart-map-world',
      'chart-map-americas',
      'chart-map-europe',
      'source-ministry-register',
      'source-outlet-report',
      'source-state-tv-report',
      'data-open-data',
      ...['trafficking', 'prison-contraband', 'surveillance', 'attack', 'maritime', 'counter-drone', 'other'].map((use) => `use-${use}`),
    ].sort(),
  );
  const claim = model.citation('claim-unit-trained-abroad');
  expect(claim.item.URL).toBe('https://example.org/claims/unit-trained-abroad/');
  // Only supporting sources travel with a claim's citation; context does not.
  expect(claim.originals.map((item) => item.id)).toEqual(['source-outlet-report']);
});

test('hubs, the explorer rows and the open data come from the same records', () => {
  expect(model.hubs.countries).toEqual([]);
  expect(model.hubs.uses.find((hub) => hub.id === 'other')!.claims.map((claim) => claim.id)).toEqual(['designation-published']);
  expect(model.explorer.map((row) => row.id).sort()).toEqual(['designation-published', 'unit-trained-abroad']);
  expect(model.openData().files.map((file) => file.name)).toContain('claims.csv');
});

test('languages: a translation replaces the English where it exists, and says which language a text is in where it does not', () => {
  expect(model.translation('fixture-explainer', 'es')?.data.title).toBe('Un explicador de prueba');
  expect(model.translation('about', 'es')).toBeUndefined();
  expect(model.translation('fixture-explainer', 'en')).toBeUndefined();
  const claim = model.claim('unit-trained-abroad');
  expect(model.claimText(claim, 'es')).toEqual({ text: { statement: 'Una unidad de drones se entrenó en el extranjero.', rationale: expect.stringContaining('funcionarios no identificados') }, lang: 'es' });
  expect(model.claimText(claim, 'en').text.statement).toBe(claim.data.statement);
  expect(model.termText(model.term('register'), 'es')).toEqual({ text: { term: 'Registro', definition: expect.stringContaining('Ministerio de Ejemplo'), aliases: [] }, lang: 'es' });
  expect(model.termText(model.term('designation'), 'es')).toMatchObject({ text: { term: model.term('designation').data.term }, lang: 'en' });
  // An article links its translation, or else the English page with the English title marked as English.
  const explainer = content.articles.find((article) => article.id === 'fixture-explainer')!;
  const about = content.articles.find((article) => article.id === 'about')!;
  expect(model.articleIn(explainer, 'es')).toMatchObject({ href: '/es/articles/fixture-explainer/', title: 'Un explicador de prueba', lang: 'es' });
  expect(model.articleIn(about, 'es')).toMatchObject({ href: '/about/', title: about.data.title, lang: 'en' });
  expect(model.articleIn(about, 'en')).toMatchObject({ href: '/about/', lang: 'en' });
});

test('the pages another language lacks: untranslated articles and claims, and the sections not yet translated', () => {
  const untranslated = model.untranslated('es').map((page) => page.path);
  expect(untranslated).toContain('/about/');
  expect(untranslated).not.toContain('/articles/fixture-explainer/');
  expect(untranslated.filter((path) => path.startsWith('/claims/'))).toEqual([]);
  // The explorer, the open data and the corrections are translated: the pages of every status and topic too.
  expect(untranslated.filter((path) => /^\/(explorer|data|corrections)\//.test(path))).toEqual([]);
  // The actors, the charts and the timeline are translated: every actor and chart has its page in Spanish.
  expect(untranslated.filter((path) => /^\/(actors|charts|timeline)\//.test(path))).toEqual([]);
  expect(model.untranslated('en')).toEqual([]);
  expect(model.isTranslated('/about/', 'es')).toBe(false);
  expect(model.isTranslated('/articles/fixture-explainer/', 'es')).toBe(true);
  expect(model.isTranslated('/about/', 'en')).toBe(true);
});

test('citations in another language: its articles, claims, charts and open data at their addresses there, in its words', () => {
  const spanish = model.citationsIn('es');
  // The open data is cited at its page there, in its words; the files it names are the same.
  expect(model.citation('data-open-data', 'es').item).toMatchObject({ title: `${SITE.title}: Datos abiertos`, genre: 'Conjunto de datos', URL: 'https://example.org/es/data/', language: 'es' });
  expect([...spanish.keys()].filter((id) => id.startsWith('chart-'))).toEqual([...model.charts.keys()].map((id) => `chart-${id}`));
  expect(spanish.has('article-about')).toBe(false);
  const claim = model.citation('claim-unit-trained-abroad', 'es');
  expect(claim.item).toMatchObject({ title: 'Una unidad de drones se entrenó en el extranjero', URL: 'https://example.org/es/claims/unit-trained-abroad/', language: 'es' });
  expect(claim.originals.map((item) => item.id)).toEqual(['source-outlet-report']);
  expect(model.citation('use-attack', 'es').item.URL).toBe('https://example.org/es/uses/attack/');
  // A chart is cited by its title in the language, at its page there.
  expect(model.citation('chart-timeline', 'es').item).toMatchObject({ title: model.chart('timeline', 'es').title, URL: 'https://example.org/es/charts/timeline/', language: 'es' });
  expect(model.chart('timeline', 'es').title).not.toBe(model.chart('timeline').title);
  expect(() => model.citation('chart-pie', 'es')).toThrow('No citation with id "chart-pie" in language "es"');
});
