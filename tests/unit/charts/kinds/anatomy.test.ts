import { describe, expect, test } from 'vitest';
import { anatomy as anatomyKind, buildAnatomy } from '../../../../src/charts/kinds/anatomy';
import type { ChartSpec } from '../../../../src/charts/spec';
import { anatomy, content, expectEveryChartRule, expectSvgSnapshots, statusMarks, texts } from '../fixtures';

describe('anatomy of a report', () => {
  test('one square per claim in reading order, then totals by status', () => {
    expect(anatomy.id).toBe('anatomy-report');
    expect(anatomy.title).toBe('Anatomy of a report: the claims in “A report”');
    expect(anatomy.summary).toBe('The article makes 5 claims: 1 documented, 2 reported, 1 alleged and 1 contradicted.');
    expect(anatomy.table.rows.map((row) => row.cells)).toEqual([
      ['1', 'The ministry designated the group.', 'Documented'],
      ['2', 'Members trained abroad.', 'Reported'],
      ['3', 'The drone carries 3 kg.', 'Contradicted'],
      ['4', 'Officials confirmed it.', 'Reported'],
      ['5', 'The state TV says so.', 'Alleged'],
    ]);
    const squares = statusMarks(anatomy.layouts.wide.marks).filter((mark) => mark.row !== null);
    expect(squares.map((mark) => [mark.x, mark.y, mark.status])).toEqual([
      [0, 0, 'documented'],
      [28, 0, 'reported'],
      [56, 0, 'contradicted'],
      [84, 0, 'reported'],
      [112, 0, 'alleged'],
    ]);
    const totals = statusMarks(anatomy.layouts.wide.marks).filter((mark) => mark.row === null);
    expect(totals.map((mark) => [mark.status, Math.round(mark.width)])).toEqual([
      ['documented', 250],
      ['reported', 500],
      ['alleged', 250],
      ['contradicted', 250],
    ]);
    expect(texts(anatomy.layouts.wide.marks)).toEqual(['1', '5', 'Total by status', 'Documented', '1', 'Reported', '2', 'Alleged', '1', 'Contradicted', '1']);
  });

  test('the narrow layout wraps the squares into shorter rows', () => {
    const many = buildAnatomy({ article: { id: 'r', title: 'R' }, claims: Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, statement: `Claim ${i}.`, status: 'reported' as const, href: `/claims/c${i}/` })) });
    const rows = (drawing: ChartSpec['layouts']['wide']) => new Set(statusMarks(drawing.marks).filter((mark) => mark.row !== null).map((mark) => mark.y)).size;
    expect(rows(many.layouts.wide)).toBe(1);
    expect(rows(many.layouts.narrow)).toBe(2);
  });

  test('holds what every chart holds', () => expectEveryChartRule(anatomy));

  test('matches its SVG snapshots', async () => {
    await expectSvgSnapshots(anatomy);
  });
});

describe('anatomy kind', () => {
  test('is one per article, drawing its claims in reading order', () => {
    expect(anatomyKind.id({ name: 'anatomy', article: 'fixture-explainer' })).toBe('anatomy-fixture-explainer');
    expect(anatomyKind.problem({ name: 'anatomy', article: 'gone' }, content)).toBe('<Chart name="anatomy"> names no article with the id "gone"');
    expect(anatomyKind.claims({ name: 'anatomy', article: 'fixture-explainer' }, content)).toEqual(['designation-published', 'unit-trained-abroad']);
    expect(anatomyKind.build({ name: 'anatomy', article: 'fixture-explainer' }, content).table.rows.map((row) => [row.cells[0], row.status, row.href])).toEqual([
      ['1', 'documented', '/claims/designation-published/'],
      ['2', 'reported', '/claims/unit-trained-abroad/'],
    ]);
  });
});
