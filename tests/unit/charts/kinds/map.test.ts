import { describe, expect, test } from 'vitest';
import { buildMap, countryStatus, map, regionOf, type MapCountry } from '../../../../src/charts/kinds/map';
import { countryName } from '../../../../src/lib/countries';
import { inLanguage } from '../../../../src/lib/paths';
import { chartRequestProblem } from '../../../../src/charts/registry';
import { renderChartSvg } from '../../../../src/charts/render';
import type { Mark } from '../../../../src/charts/spec';
import { checkContent } from '../../../../src/check';
import { VALID_CONTENT } from '../../fixtures';
import { copyOf, englishCopyIn, expectEveryChartRule, expectSvgSnapshots } from '../fixtures';

const country = (code: string, name: string, statuses: MapCountry['statuses'], href: string | null = null): MapCountry => ({ code, name, statuses, href });

/** Countries chosen for what each tests: every mark, a small country, a body with no shape, an overseas part. */
const countries = [
  country('MX', 'Mexico', ['reported', 'documented', 'alleged'], '/countries/mx/'),
  country('CO', 'Colombia', ['reported', 'reported', 'disputed'], '/countries/co/'),
  country('EC', 'Ecuador', ['alleged']),
  country('CR', 'Costa Rica', ['contradicted', 'disputed']),
  country('FR', 'France', ['documented', 'reported', 'reported'], '/countries/fr/'),
  country('EU', 'European Union', ['documented']),
];

const paths = (marks: Mark[]) => marks.filter((mark): mark is Extract<Mark, { type: 'status-path' }> => mark.type === 'status-path');
const keyBoxes = (marks: Mark[]) => marks.filter((mark): mark is Extract<Mark, { type: 'status-rect' }> => mark.type === 'status-rect');

describe('map', () => {
  test('a country is marked by the first status, in the order of the statuses, that any of its claims has', () => {
    expect(countryStatus(['alleged', 'reported', 'documented'])).toBe('documented');
    expect(countryStatus(['alleged', 'reported'])).toBe('reported');
    expect(countryStatus(['disputed', 'alleged'])).toBe('alleged');
    expect(countryStatus(['contradicted', 'disputed'])).toBe('disputed');
    expect(countryStatus(['contradicted'])).toBe('contradicted');
  });

  test('the Americas: each country in view gets the pattern of its strongest claim and a row with its counts', () => {
    const spec = buildMap({ region: 'americas', countries });
    expect(spec.id).toBe('map-americas');
    // France has only French Guiana in this frame, and the European Union is no country: neither is in view.
    expect(spec.table.rows.map((row) => [...row.cells, row.status, row.href])).toEqual([
      ['Colombia', '3', '0', '2', '0', '1', '0', 'Reported, none documented', 'reported', '/countries/co/'],
      ['Mexico', '3', '1', '1', '1', '0', '0', 'Any documented claim', 'documented', '/countries/mx/'],
      ['Costa Rica', '2', '0', '0', '0', '1', '1', 'Disputed or contradicted only', 'disputed', null],
      ['Ecuador', '1', '0', '0', '1', '0', '0', 'Alleged, none reported', 'alleged', null],
    ]);
    for (const layout of [spec.layouts.wide, spec.layouts.narrow]) {
      expect(paths(layout.marks).map((mark) => [mark.label.split(':')[0], mark.status, mark.row, mark.href])).toEqual([
        ['Mexico', 'documented', 1, '/countries/mx/'],
        ['Colombia', 'reported', 0, '/countries/co/'],
        ['Ecuador', 'alleged', 3, null],
        ['Costa Rica', 'disputed', 2, null],
      ]);
    }
    expect(paths(spec.layouts.wide.marks)[0]!.label).toBe('Mexico: 3 claims, 1 documented, 1 reported and 1 alleged');
    expect(spec.legend).toEqual([
      { status: 'documented', label: 'Any documented claim' },
      { status: 'reported', label: 'Reported, none documented' },
      { status: 'alleged', label: 'Alleged, none reported' },
      { status: 'disputed', label: 'Disputed or contradicted only' },
    ]);
  });

  test('a country too small to see is also named in a key below the map, with its mark', () => {
    const spec = buildMap({ region: 'americas', countries });
    const costaRica = spec.table.rows.findIndex((row) => row.cells[0] === 'Costa Rica');
    // Costa Rica is large enough to see on the wide layout, not on the narrow one.
    expect(keyBoxes(spec.layouts.wide.marks)).toEqual([]);
    expect(keyBoxes(spec.layouts.narrow.marks).map((mark) => [mark.row, mark.status])).toEqual([[costaRica, 'disputed']]);
    const texts = spec.layouts.narrow.marks.flatMap((mark) => (mark.type === 'text' ? mark.lines : []));
    expect(texts).toEqual(['Too small to see here, or not one', 'country:', 'Costa Rica (2)']);
  });

  test('Europe and the world list the European Union below the map, since it is not one country', () => {
    const europe = buildMap({ region: 'europe', countries });
    expect(europe.table.rows.map((row) => row.cells[0])).toEqual(['France', 'European Union']);
    expect(paths(europe.layouts.wide.marks).map((mark) => mark.label.split(':')[0])).toEqual(['France']);
    expect(keyBoxes(europe.layouts.wide.marks).map((mark) => [europe.table.rows[mark.row!]!.cells[0], mark.status])).toEqual([['European Union', 'documented']]);
    expect(europe.summary).toContain('European Union is not one country on the map and is listed below it.');
    const world = buildMap({ region: 'world', countries });
    expect(world.table.rows.map((row) => row.cells[0])).toEqual(['Colombia', 'France', 'Mexico', 'Costa Rica', 'Ecuador', 'European Union']);
  });

  test('the summary names the countries under each mark, with their claims', () => {
    expect(buildMap({ region: 'americas', countries }).summary).toBe(
      '4 countries or bodies in this view have claims on this site. Any documented claim: Mexico (3). Reported, none documented: Colombia (3). Alleged, none reported: Ecuador (1). Disputed or contradicted only: Costa Rica (2). The figure after each name is its number of claims.',
    );
  });

  test('neighbours with marks are kept apart by lines in the paper colour; a regional view is framed', () => {
    const { marks, width } = buildMap({ region: 'americas', countries }).layouts.wide;
    const ground = marks.filter((mark): mark is Extract<Mark, { type: 'ground' }> => mark.type === 'ground');
    expect(ground.map((mark) => mark.style)).toEqual(['tint', 'line', 'gap', 'line']);
    expect(ground.at(-1)!.d).toMatch(new RegExp(`^M0 0H${width}V\\d+H0Z$`));
    expect(buildMap({ region: 'world', countries }).layouts.wide.marks.filter((mark) => mark.type === 'ground').length).toBe(3);
    // Path data is in whole units: no fractions to bloat the page.
    for (const mark of [...ground, ...paths(marks)]) expect(mark.d).not.toMatch(/\d\.\d/);
  });

  test('inline, a marked country links to its hub and the drawing is a group of links; a download links nowhere', () => {
    const spec = buildMap({ region: 'americas', countries });
    const inline = renderChartSvg(spec, 'wide', { standalone: false });
    expect(inline).toContain('role="group"');
    expect(inline).toContain('<a href="/countries/mx/" aria-label="Mexico: 3 claims, 1 documented, 1 reported and 1 alleged"><title>Mexico: 3 claims, 1 documented, 1 reported and 1 alleged</title><path d="M');
    expect(inline).toContain('class="chart-gap"');
    const file = renderChartSvg(spec, 'wide', { standalone: true });
    expect(file).toContain('role="img"');
    expect(file).not.toContain('<a ');
  });

  test.each(['world', 'americas', 'europe'] as const)('the %s view holds what every chart holds', (region) => expectEveryChartRule(buildMap({ region, countries })));

  test('matches its SVG snapshots', async () => {
    await expectSvgSnapshots(buildMap({ region: 'americas', countries }));
  });

  test("a country's hub shows the regional view that holds its centre, else the world", () => {
    expect(['MX', 'CO', 'US', 'BR', 'GB', 'UA', 'ES', 'EU', 'RU', 'IN', 'CA'].map((code) => [code, regionOf(code)])).toEqual([
      ['MX', 'americas'],
      ['CO', 'americas'],
      ['US', 'americas'],
      ['BR', 'americas'],
      ['GB', 'europe'],
      ['UA', 'europe'],
      ['ES', 'europe'],
      ['EU', 'europe'],
      ['RU', 'world'],
      ['IN', 'world'],
      ['CA', 'world'],
    ]);
  });
});

describe('map kind', () => {
  const { content } = checkContent(VALID_CONTENT);

  test('its id and its one attribute: a region it draws', () => {
    expect(map.id({ name: 'map', region: 'world' })).toBe('map-world');
    expect(chartRequestProblem({ name: 'map', region: 'europe' }, content)).toBeNull();
    expect(chartRequestProblem({ name: 'map' }, content)).toBe('<Chart name="map"> needs region="…"');
    expect(chartRequestProblem({ name: 'map', region: 'asia' }, content)).toBe('<Chart name="map"> needs region="…" set to one of: world, americas, europe');
  });

  test('is built from the countries of the claims, linking a country to its hub once it has enough claims for one', () => {
    const spec = map.build({ name: 'map', region: 'americas' }, content);
    expect(spec.table.rows.map((row) => [row.cells[0], row.cells[1], row.status, row.href])).toEqual([['Mexico', '2', 'documented', null]]);
    const three = { ...content, claims: [...content.claims, { ...content.claims[0]!, id: 'third' }] };
    expect(map.build({ name: 'map', region: 'americas' }, three).table.rows[0]!.href).toBe('/countries/mx/');
  });

  test('draws on the claims about the countries in its view', () => {
    expect(map.claims({ name: 'map', region: 'americas' }, content)).toEqual(['designation-published', 'unit-trained-abroad']);
    expect(map.claims({ name: 'map', region: 'europe' }, content)).toEqual([]);
  });
});

describe('map in Spanish', () => {
  // The kind names each country in the chart's language and links its hub in that language.
  const spanishCountries = countries.map((entry) => ({ ...entry, name: countryName(entry.code, 'es'), href: entry.href && inLanguage('es', entry.href) }));
  const americas = buildMap({ region: 'americas', countries }, 'en');
  const spanish = buildMap({ region: 'americas', countries: spanishCountries }, 'es');
  /** Names: the countries' in both languages, and the boundaries' credit. */
  const names = [...countries, ...spanishCountries].map((entry) => entry.name).concat(['Natural Earth', 'world-atlas']);

  test('the same countries and marks, with every word of ours and every name in Spanish', () => {
    expect(spanish.id).toBe('map-americas');
    expect(copyOf(spanish)).toMatchInlineSnapshot(`
      {
        "caption": "Cada país al que conciernen afirmaciones de este sitio está marcado con el estatus más fuerte entre ellas: relleno sólido donde al menos una afirmación está documentada, rayado donde hay afirmaciones reportadas pero ninguna documentada, y así sucesivamente. Un país sin marca no tiene aquí ninguna afirmación, lo que no dice nada de cuánto crimen con drones ocurre allí. Los países demasiado pequeños para verse se nombran debajo del mapa.",
        "columns": [
          "País",
          "Afirmaciones",
          "Documentado",
          "Reportado",
          "Presunto",
          "En disputa",
          "Contradicho",
          "Marcado como",
        ],
        "legend": [
          "Alguna afirmación documentada",
          "Alguna reportada, ninguna documentada",
          "Alguna presunta, ninguna reportada",
          "Solo en disputa o contradichas",
        ],
        "sourceLine": "Fuente: los registros de afirmaciones de este sitio, según los países a los que concierne cada una. Fronteras: Natural Earth 1:110m, vía world-atlas.",
        "summary": "4 países u organismos de esta vista tienen afirmaciones en este sitio. Alguna afirmación documentada: México (3). Alguna reportada, ninguna documentada: Colombia (3). Alguna presunta, ninguna reportada: Ecuador (1). Solo en disputa o contradichas: Costa Rica (2). La cifra tras cada nombre es su número de afirmaciones.",
        "title": "Dónde está la evidencia: América",
      }
    `);
    expect(spanish.table.rows.map((row) => [...row.cells, row.status, row.href])).toEqual([
      ['Colombia', '3', '0', '2', '0', '1', '0', 'Alguna reportada, ninguna documentada', 'reported', '/es/countries/co/'],
      ['México', '3', '1', '1', '1', '0', '0', 'Alguna afirmación documentada', 'documented', '/es/countries/mx/'],
      ['Costa Rica', '2', '0', '0', '0', '1', '1', 'Solo en disputa o contradichas', 'disputed', null],
      ['Ecuador', '1', '0', '0', '1', '0', '0', 'Alguna presunta, ninguna reportada', 'alleged', null],
    ]);
    const shapes = spanish.layouts.wide.marks.filter((mark): mark is Extract<Mark, { type: 'status-path' }> => mark.type === 'status-path');
    expect(shapes[0]).toMatchObject({ label: 'México: 3 afirmaciones, 1 documentada, 1 reportada y 1 presunta', href: '/es/countries/mx/' });
    const narrowTexts = spanish.layouts.narrow.marks.flatMap((mark) => (mark.type === 'text' ? mark.lines : []));
    expect(narrowTexts).toEqual(['Demasiado pequeños para verse aquí, o no', 'son un solo país:', 'Costa Rica (2)']);
    expectEveryChartRule(spanish);
  });

  test('Europe is titled and listed in Spanish', () => {
    const europe = buildMap({ region: 'europe', countries: spanishCountries }, 'es');
    expect(europe.title).toBe('Dónde está la evidencia: Europa');
    expect(europe.table.rows.map((row) => row.cells[0])).toEqual(['Francia', 'Unión Europea']);
    expect(europe.summary).toContain('Unión Europea no es un solo país en el mapa y figura debajo de él.');
    expect(buildMap({ region: 'world', countries: spanishCountries }, 'es').title).toBe('Dónde está la evidencia: el mundo');
  });

  test('keeps no English of ours', () => {
    expect(englishCopyIn(americas, americas, names)).toEqual(expect.arrayContaining(['any', 'claims', 'documented', 'country', 'americas', 'hatched']));
    expect(englishCopyIn(spanish, americas, names)).toEqual([]);
  });

  test('built by its kind in Spanish, it names the countries in Spanish and links their Spanish hubs', () => {
    const { content } = checkContent(VALID_CONTENT);
    const three = { ...content, claims: [...content.claims, { ...content.claims[0]!, id: 'third' }] };
    const chart = map.build({ name: 'map', region: 'americas' }, three, 'es');
    expect(chart.id).toBe('map-americas');
    expect(chart.table.rows.map((row) => [row.cells[0], row.href])).toEqual([['México', '/es/countries/mx/']]);
  });
});
