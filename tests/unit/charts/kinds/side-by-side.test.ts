import { describe, expect, test } from 'vitest';
import { sideBySide as sideBySideKind } from '../../../../src/charts/kinds/side-by-side';
import { content, expectEveryChartRule, expectSvgSnapshots, sideBySide, statusMarks, texts } from '../fixtures';
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
