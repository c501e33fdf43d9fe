import { describe, expect, test } from 'vitest';
import { buildSideBySide, sideBySide as sideBySideKind } from '../../../../src/charts/kinds/side-by-side';
import { describePeriods, formatPeriod } from '../../../../src/lib/format';
import { content, copyOf, englishCopyIn, expectEveryChartRule, expectSvgSnapshots, sideBySide, sideBySidePanels, statusMarks, texts } from '../fixtures';
import type { Mark } from '../../../../src/charts/spec';

describe('official series side by side', () => {
  test('one panel per series, in the order given, each with its own heading, unit, period and source', () => {
    expect(sideBySide.table.columns).toEqual(['Series', 'Period', 'Value', 'Unit', 'Sources', 'Status']);
    expect(sideBySide.table.rows.map((row) => row.cells.slice(0, 3))).toEqual([
      ['Drones seized', '2021', '9'],
      ['Drones seized', '2022', '12'],
      ['Drone incidents at prisons', 'April 2020 to March 2021', '300'],
      ['Drone incidents at prisons', 'April 2021 to March 2022', '1200'],
      ['Drone incidents at prisons', 'April 2022 to March 2023', '900'],
      ['Drone attacks', '2024', '115'],
      ['Drone attacks', '2025', '300'],
    ]);
    expect(sideBySide.summary).toBe(
      'Drones seized (drones, calendar years): 9 in 2021 to 12 in 2022, 2 figures; sources: Paper. Drone incidents at prisons (incidents, twelve-month years from April to March; counts: sightings and finds): 300 in April 2020 to March 2021 to 900 in April 2022 to March 2023, 3 figures; sources: Ministry; Agency. Drone attacks (attacks, calendar years): 115 in 2024 to 300 in 2025, 2 figures; sources: Army. The figures are 3 documented, 2 reported and 2 alleged.',
    );
    const headings = (marks: Mark[]) => marks.filter((mark): mark is Extract<Mark, { type: 'text' }> => mark.type === 'text' && mark.weight === 'bold' && mark.size === 13).map((mark) => [mark.lines.join(' / '), mark.x, mark.y]);
    expect(headings(sideBySide.layouts.wide.marks)).toEqual([
      ['Drones seized', 0, 16],
      ['Drone incidents at prisons', 332, 16],
      ['Drone attacks', 0, 226],
    ]);
    expect(headings(sideBySide.layouts.narrow.marks).map(([, x]) => x)).toEqual([0, 0, 0]);
    expect(texts(sideBySide.layouts.narrow.marks)).toContain('incidents; twelve-month years from April / to March / Counts: sightings and finds / Source: Ministry; Agency');
  });

  test('each panel has its own value axis, ending at a round number above its largest value', () => {
    const bars = statusMarks(sideBySide.layouts.narrow.marks);
    // Bars span 64 to 252: 12 of 15, 1,200 of 1,500 and 300 of 300 (a round number already).
    expect(bars.map((bar) => Math.round(bar.width))).toEqual([113, 150, 38, 150, 113, 72, 188]);
    const values = texts(sideBySide.layouts.narrow.marks).filter((text) => /^[\d,]+$/.test(text) && !/^20\d\d$/.test(text));
    expect(values).toEqual(['9', '12', '0', '5', '10', '15', '300', '1,200', '900', '0', '500', '1,000', '1,500', '115', '300', '0', '100', '200', '300']);
    expect(bars.map((bar) => bar.row)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  test('holds what every chart holds', () => expectEveryChartRule(sideBySide));

  test('matches its SVG snapshots', async () => {
    await expectSvgSnapshots(sideBySide);
  });
});

describe('side-by-side kind', () => {
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

  test('sets out every series an article embeds, each with its own period definition and sources', () => {
    expect(sideBySideKind.id({ name: 'side-by-side' })).toBe('series-side-by-side');
    expect(sideBySideKind.problem({ name: 'side-by-side' }, records)).toBeNull();
    const chart = sideBySideKind.build({ name: 'side-by-side' }, records);
    expect(chart.table.rows.map((row) => [...row.cells.slice(0, 4), row.href])).toEqual([
      ['Incidents recorded', 'April 2024 to March 2025', '40', 'incidents', '/claims/designation-published/'],
      ['Incidents recorded', 'April 2025 to March 2026', '55', 'incidents', '/claims/unit-trained-abroad/'],
      ['Groups designated', '2024', '1', 'groups', '/claims/designation-published/'],
      ['Groups designated', '2025', '3', 'groups', '/claims/unit-trained-abroad/'],
    ]);
    expect(chart.summary).toContain('Incidents recorded (incidents, twelve-month years from April to March)');
    expect(chart.summary).toContain('Groups designated (groups, calendar years)');
    const oneSeries = { ...records, articles: content.articles.map((article) => ({ ...article, body: `${article.body}\n<Chart name="series" measure="Groups designated" />\n` })) };
    expect(sideBySideKind.problem({ name: 'side-by-side' }, oneSeries)).toBe('<Chart name="side-by-side"> needs at least two series embedded in articles; found 1');
  });

  test('draws on the claims whose figures make up an embedded series, and on no other', () => {
    // A figure of a measure no article embeds as a series is not in the chart, so its claim is not either.
    const elsewhere = { ...withFigures('unit-trained-abroad', [figure('Drones seized', 'drones', 9, '2024')]), id: 'drones-seized-2024' };
    expect(sideBySideKind.claims({ name: 'side-by-side' }, { ...records, claims: [...claims, elsewhere] })).toEqual(['designation-published', 'unit-trained-abroad']);
  });
});

describe('official series side by side in Spanish', () => {
  const periodsOf = (panel: (typeof sideBySidePanels)[number]) => panel.points.map((point) => point.period);
  // The kind describes each panel's periods in the chart's language (`describePeriods`).
  const spanish = buildSideBySide(sideBySidePanels.map((panel) => ({ ...panel, periods: describePeriods(periodsOf(panel), 'es') })), sideBySide.id, 'es');
  const records = sideBySidePanels.flatMap((panel) => [panel.measure, panel.unit, panel.counts ?? '', panel.sources]);
  /** Words spelt alike in English and Spanish. */
  const alike = ['series', 'panel'];

  test('periods are described and written in Spanish', () => {
    expect(sideBySidePanels.map((panel) => describePeriods(periodsOf(panel)))).toEqual(sideBySidePanels.map((panel) => panel.periods));
    expect([['2019', '2021'], ['2020-04/2021-03', '2021-04/2022-03'], ['2020-01/2020-12'], ['2024-01', '2024-02'], ['2024-01-01'], ['2020', '2020-04/2021-03']].map((periods) => describePeriods(periods, 'es'))).toEqual([
      'años calendario',
      'periodos de doce meses de abril a marzo',
      'años calendario',
      'meses',
      'días sueltos',
      'periodos de distinta duración, tal como los da cada cifra',
    ]);
    const periods = ['2019', '2025-02', '2025-02-20', '2020-04/2021-03', '2020-04/2020-09'];
    expect(periods.map((period) => formatPeriod(period, 'long', 'es'))).toEqual(['2019', 'febrero de 2025', '20 de febrero de 2025', 'abril de 2020 a marzo de 2021', 'abril de 2020 a septiembre de 2020']);
    expect(periods.map((period) => formatPeriod(period, 'short', 'es'))).toEqual(['2019', 'feb 2025', '20 de febrero de 2025', '2020/21', 'abr 2020–sep 2020']);
  });

  test('the same panels, with every word of ours in Spanish', () => {
    expect(spanish.id).toBe(sideBySide.id);
    expect(copyOf(spanish)).toMatchInlineSnapshot(`
      {
        "caption": "Cada panel es un recuento publicado, con su propio eje, unidad y periodo. Los paneles cuentan cosas distintas en periodos distintos, así que sus barras no pueden compararse de un panel a otro. Cada barra está marcada con el estatus de la afirmación que la indica; los periodos sin cifra publicada se omiten.",
        "columns": [
          "Serie",
          "Periodo",
          "Valor",
          "Unidad",
          "Fuentes",
          "Estatus",
        ],
        "legend": [
          "Documentado",
          "Reportado",
          "Presunto",
        ],
        "sourceLine": "Fuentes: Paper; Ministry; Agency; Army. Cada cifra enlaza su registro de afirmación y sus fuentes.",
        "summary": "Drones seized (drones, años calendario): de 9 (2021) a 12 (2022), 2 cifras; fuentes: Paper. Drone incidents at prisons (incidents, periodos de doce meses de abril a marzo; cuenta: sightings and finds): de 300 (abril de 2020 a marzo de 2021) a 900 (abril de 2022 a marzo de 2023), 3 cifras; fuentes: Ministry; Agency. Drone attacks (attacks, años calendario): de 115 (2024) a 300 (2025), 2 cifras; fuentes: Army. Cifras por estatus: 3 documentadas, 2 reportadas y 2 presuntas.",
        "title": "Recuentos oficiales lado a lado: 3 series, cada una en su propia escala",
      }
    `);
    expect(spanish.table.rows.map((row) => row.cells)).toEqual([
      ['Drones seized', '2021', '9', 'drones', 'Paper', 'Reportado'],
      ['Drones seized', '2022', '12', 'drones', 'Paper', 'Documentado'],
      ['Drone incidents at prisons', 'abril de 2020 a marzo de 2021', '300', 'incidents', 'Ministry; Agency', 'Documentado'],
      ['Drone incidents at prisons', 'abril de 2021 a marzo de 2022', '1200', 'incidents', 'Ministry; Agency', 'Documentado'],
      ['Drone incidents at prisons', 'abril de 2022 a marzo de 2023', '900', 'incidents', 'Ministry; Agency', 'Reportado'],
      ['Drone attacks', '2024', '115', 'attacks', 'Army', 'Presunto'],
      ['Drone attacks', '2025', '300', 'attacks', 'Army', 'Presunto'],
    ]);
    expect(texts(spanish.layouts.narrow.marks)).toContain('incidents; periodos de doce meses de / abril a marzo / Cuenta: sightings and finds / Fuente: Ministry; Agency');
    expectEveryChartRule(spanish);
  });

  test('keeps no English of ours, only what the records say', () => {
    expect(englishCopyIn(sideBySide, sideBySide, records, alike)).toEqual(expect.arrayContaining(['calendar', 'twelve', 'april', 'figures', 'sources', 'counts', 'scale']));
    expect(englishCopyIn(spanish, sideBySide, records, alike)).toEqual([]);
  });
});
