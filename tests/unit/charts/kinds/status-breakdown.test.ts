import { describe, expect, test } from 'vitest';
import { statusBreakdown } from '../../../../src/charts/kinds/status-breakdown';
import { breakdown, content, expectEveryChartRule, expectSvgSnapshots, statusMarks } from '../fixtures';

describe('status breakdown', () => {
  test('segments per status with the documented share', () => {
    expect(breakdown.id).toBe('status-by-actor');
    expect(breakdown.summary).toBe('For each party, the claims in whose attribution chain it is named: State TV, 1 of 4 documented; Daily Outlet, 2 of 3 documented.');
    expect(breakdown.table.columns).toEqual(['Party', 'Claims', 'Documented', 'Reported', 'Alleged', 'Disputed', 'Contradicted']);
    expect(breakdown.table.rows.map((row) => row.cells)).toEqual([
      ['State TV', '4', '1', '1', '2', '0', '0'],
      ['Daily Outlet', '3', '2', '1', '0', '0', '0'],
    ]);
    expect(statusMarks(breakdown.layouts.wide.marks).map((mark) => [mark.row, mark.status, mark.x, mark.width])).toEqual([
      [0, 'documented', 210, 75],
      [0, 'reported', 285, 75],
      [0, 'alleged', 360, 150],
      [1, 'documented', 210, 150],
      [1, 'reported', 360, 75],
    ]);
  });

  test('holds what every chart holds', () => expectEveryChartRule(breakdown));

  test('matches its SVG snapshots', async () => {
    await expectSvgSnapshots(breakdown);
  });
});

describe('status-breakdown kind', () => {
  test('by article or by party, and nothing else', () => {
    expect(statusBreakdown.id({ name: 'status-breakdown', by: 'actor' })).toBe('status-by-actor');
    expect(statusBreakdown.problem({ name: 'status-breakdown', by: 'year' }, content)).toBe('<Chart name="status-breakdown"> needs by="article" or by="actor"');
    const byArticle = statusBreakdown.build({ name: 'status-breakdown', by: 'article' }, content);
    expect(byArticle.table.rows.map((row) => row.cells.slice(0, 3))).toEqual([['A fixture explainer', '2', '1']]);
    expect(statusBreakdown.claims({ name: 'status-breakdown', by: 'article' }, content)).toEqual(['designation-published', 'unit-trained-abroad']);
    // A party needs three chains to get a bar; the fixture's parties appear in fewer.
    expect(statusBreakdown.build({ name: 'status-breakdown', by: 'actor' }, content).table.rows).toEqual([]);
    expect(statusBreakdown.claims({ name: 'status-breakdown', by: 'actor' }, content).sort()).toEqual(['designation-published', 'unit-trained-abroad']);
  });
});
