import { describe, expect, test } from 'vitest';
import { buildSeries, series as seriesKind } from '../../../../src/charts/kinds/series';
import { words } from '../../../../src/i18n';
import { content, copyOf, englishCopyIn, expectEveryChartRule, expectSvgSnapshots, series, seriesInput, statusMarks, texts } from '../fixtures';

describe('official series', () => {
  test('one bar per period on a shared value axis', () => {
    expect(series.title).toBe('Drones seized, 2021–2023');
    expect(series.summary).toBe('Drones seized (drones): from 9 in 2021 to 15 in 2023; highest 15 (2023), lowest 9 (2021). The figures are 1 documented and 2 reported.');
    expect(series.table.rows.map((row) => row.cells)).toEqual([
      ['2021', '9', 'Paper', 'Reported'],
      ['2022', '12', 'Paper', 'Reported'],
      ['2023', '15', 'Ministry; Paper', 'Documented'],
    ]);
    expect(texts(series.layouts.wide.marks)).toEqual(['0', '5', '10', '15', '9', '2021', '12', '2022', '15', '2023']);
    expect(statusMarks(series.layouts.narrow.marks).map((mark) => [mark.y, Math.round(mark.width)])).toEqual([
      [2, 106],
      [30, 141],
      [58, 176],
    ]);
  });

  test('holds what every chart holds', () => expectEveryChartRule(series));

  test('matches its SVG snapshots', async () => {
    await expectSvgSnapshots(series);
  });
});

describe('series kind', () => {
  const withFigures = (periods: (string | undefined)[]) => ({
    ...content,
    claims: content.claims.map((claim, i) => ({ ...claim, data: { ...claim.data, figures: [{ measure: 'Drones seized', unit: 'drones', value: 10 + i, ...(periods[i] ? { period: periods[i] } : {}) }] } })),
  });

  test('plots the figures of one measure in period order, each period once', () => {
    expect(seriesKind.id({ name: 'series', measure: 'Drones seized (SEDENA)' })).toBe('series-drones-seized-sedena');
    // A long measure is cut at a word, so the permalink and the BibTeX key stay readable.
    expect(seriesKind.id({ name: 'series', measure: 'Drone incidents sighted or reported around prisons in England and Wales (calendar years, MoJ FOI release 240515008)' })).toBe('series-drone-incidents-sighted-or-reported-around-prisons-in');
    const records = withFigures(['2025', '2024']);
    expect(seriesKind.problem({ name: 'series', measure: 'Drones seized' }, records)).toBeNull();
    expect(seriesKind.build({ name: 'series', measure: 'Drones seized' }, records).table.rows.map((row) => row.cells.slice(0, 2))).toEqual([
      ['2024', '11'],
      ['2025', '10'],
    ]);
    expect(seriesKind.claims({ name: 'series', measure: 'Drones seized' }, records)).toEqual(['designation-published', 'unit-trained-abroad']);
  });

  test('refuses a figure without a period, two figures for one period, and a single figure', () => {
    expect(seriesKind.problem({ name: 'series', measure: 'Drones seized' }, withFigures(['2024', undefined]))).toBe('<Chart name="series"> needs a period on every figure of "Drones seized"');
    expect(seriesKind.problem({ name: 'series', measure: 'Drones seized' }, withFigures(['2024', '2024']))).toBe('<Chart name="series"> found two figures of "Drones seized" for one period');
    expect(seriesKind.problem({ name: 'series', measure: 'Nothing' }, content)).toBe('<Chart name="series"> needs at least two figures with the measure "Nothing"; found 0');
  });
});

describe('official series in Spanish', () => {
  // The kind writes the credit line in the chart's language, as `creditLine` does.
  const spanish = buildSeries({ ...seriesInput, sourceLine: words('es').charts.credit('Paper; Ministry') }, series.id, 'es');
  const records = [seriesInput.measure, seriesInput.unit, ...seriesInput.points.map((point) => point.sources)];

  test('the same bars, with every word of ours in Spanish', () => {
    expect(spanish.id).toBe(series.id);
    expect(copyOf(spanish)).toMatchInlineSnapshot(`
      {
        "caption": "Cada barra es una cifra de un periodo, tal como la indica una fuente, marcada con el estatus de su afirmación. Los periodos sin cifra publicada se omiten; no se dibujan como cero.",
        "columns": [
          "Periodo",
          "Valor (drones)",
          "Fuentes",
          "Estatus",
        ],
        "legend": [
          "Documentado",
          "Reportado",
        ],
        "sourceLine": "Fuentes: Paper; Ministry. Cada cifra enlaza su registro de afirmación y sus fuentes.",
        "summary": "Drones seized (drones): de 9 (2021) a 15 (2023); máximo 15 (2023), mínimo 9 (2021). Cifras por estatus: 1 documentada y 2 reportadas.",
        "title": "Drones seized, 2021–2023",
      }
    `);
    expect(spanish.table.rows.map((row) => row.cells)).toEqual([
      ['2021', '9', 'Paper', 'Reportado'],
      ['2022', '12', 'Paper', 'Reportado'],
      ['2023', '15', 'Ministry; Paper', 'Documentado'],
    ]);
    expect(texts(spanish.layouts.wide.marks)).toEqual(texts(series.layouts.wide.marks));
    expectEveryChartRule(spanish);
  });

  test('months are named in Spanish, in labels, title, summary and table', () => {
    const points = ['2024-01', '2024-02', '2024-03'].map((period, i) => ({ period, value: 10 + i, status: 'reported' as const, href: `/es/claims/m${i}/`, sources: 'Paper' }));
    const monthly = (language: 'en' | 'es') => buildSeries({ measure: 'Drones seized', unit: 'drones', points, sourceLine: 'S' }, 'series-drones-seized', language);
    const english = monthly('en');
    const spanishMonths = monthly('es');
    expect(spanishMonths.title).toBe('Drones seized, ene 2024–mar 2024');
    expect(spanishMonths.summary).toBe('Drones seized (drones): de 10 (enero de 2024) a 12 (marzo de 2024); máximo 12 (marzo de 2024), mínimo 10 (enero de 2024). Cifras por estatus: 3 reportadas.');
    expect(spanishMonths.table.rows.map((row) => row.cells[0])).toEqual(['enero de 2024', 'febrero de 2024', 'marzo de 2024']);
    expect(texts(spanishMonths.layouts.narrow.marks).filter((text) => /\p{L}/u.test(text))).toEqual(['ene 2024', 'feb 2024', 'mar 2024']);
    expect(englishCopyIn(english, english, ['Drones seized', 'drones', 'Paper', 'S'])).toEqual(expect.arrayContaining(['jan', 'feb', 'mar', 'january', 'march', 'highest']));
    // February's and March's abbreviations are spelt alike but for the capital ("Feb", "feb"): the labels above pin them.
    expect(englishCopyIn(spanishMonths, english, ['Drones seized', 'drones', 'Paper', 'S'], ['feb', 'mar'])).toEqual([]);
  });

  test('keeps no English of ours, only what the records say', () => {
    expect(englishCopyIn(series, series, records)).toEqual(expect.arrayContaining(['figures', 'period', 'highest', 'documented', 'status']));
    expect(englishCopyIn(spanish, series, records)).toEqual([]);
  });

  test('built by its kind in Spanish, it credits the sources in Spanish and links the Spanish claim pages', () => {
    const records = { ...content, claims: content.claims.map((claim, i) => ({ ...claim, data: { ...claim.data, figures: [{ measure: 'Drones seized', unit: 'drones', value: 10 + i, period: `${2024 + i}` }] } })) };
    const chart = seriesKind.build({ name: 'series', measure: 'Drones seized' }, records, 'es');
    expect(chart.id).toBe('series-drones-seized');
    expect(chart.sourceLine).toMatch(/^Fuentes: .+\. Cada cifra enlaza su registro de afirmación y sus fuentes\.$/);
    expect(chart.table.rows.map((row) => row.href)).toEqual(['/es/claims/designation-published/', '/es/claims/unit-trained-abroad/']);
  });
});
