import { describe, expect, test } from 'vitest';
import { series as seriesKind } from '../../../../src/charts/kinds/series';
import { content, expectEveryChartRule, expectSvgSnapshots, series, statusMarks, texts } from '../fixtures';

describe('official series', () => {
  test('one bar per period on a shared value axis', () => {
    expect(series.title).toBe('Drones seized, 2021–2023');
    expect(series.summary).toBe('Drones seized: from 9 drones in 2021 to 15 drones in 2023; highest 15 (2023), lowest 9 (2021). The figures are 1 documented and 2 reported.');
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
