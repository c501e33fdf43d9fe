import { describe, expect, test } from 'vitest';
import { attribution as attributionKind } from '../../../../src/charts/kinds/attribution';
import { attribution, content, expectEveryChartRule, expectSvgSnapshots, texts } from '../fixtures';

describe('attribution chain', () => {
  test('one box per link, unnamed ones dashed, arrows between, and the claim status', () => {
    expect(attribution.summary).toBe(
      'The claim reaches the reader through 3 links, 1 of them unnamed: published by State TV, citing Daily Outlet, attributing it to an unnamed party (officials (within Example Ministry)). Its status is Reported.',
    );
    expect(attribution.table.rows.map((row) => row.cells)).toEqual([
      ['1', 'Published by', 'State TV', 'Named'],
      ['2', 'citing', 'Daily Outlet', 'Named'],
      ['3', 'attributing it to', 'officials (within Example Ministry)', 'Unnamed'],
    ]);
    const boxes = attribution.layouts.wide.marks.filter((mark) => mark.type === 'box');
    expect(boxes.map((box) => [box.row, box.dashed])).toEqual([
      [0, false],
      [1, false],
      [2, true],
    ]);
    expect(attribution.layouts.wide.marks.filter((mark) => mark.type === 'line' && mark.arrow)).toHaveLength(2);
    expect(texts(attribution.layouts.narrow.marks)).toEqual(['Published by', 'State TV', 'citing', 'Daily Outlet', 'attributing it to', 'Unnamed: officials (within Example / Ministry)', 'Status of the claim: Reported']);
    // Narrow: stacked, each box below the last.
    const narrowBoxes = attribution.layouts.narrow.marks.filter((mark) => mark.type === 'box');
    expect(narrowBoxes.every((box, i) => i === 0 || box.y > narrowBoxes[i - 1]!.y)).toBe(true);
  });

  test('holds what every chart holds', () => expectEveryChartRule(attribution));

  test('matches its SVG snapshots', async () => {
    await expectSvgSnapshots(attribution);
  });
});

describe('attribution kind', () => {
  test("draws one claim's chain from its record, naming each party or saying it is unnamed", () => {
    expect(attributionKind.id({ name: 'attribution', claim: 'unit-trained-abroad' })).toBe('attribution-unit-trained-abroad');
    expect(attributionKind.problem({ name: 'attribution', claim: 'gone' }, content)).toBe('<Chart name="attribution"> names no claim with the id "gone"');
    expect(attributionKind.claims({ name: 'attribution', claim: 'unit-trained-abroad' }, content)).toEqual(['unit-trained-abroad']);
    const chain = attributionKind.build({ name: 'attribution', claim: 'unit-trained-abroad' }, content);
    expect(chain.table.rows.map((row) => row.cells)).toEqual([
      ['1', 'Published by', 'Example State TV', 'Named'],
      ['2', 'citing', 'Example Daily', 'Named'],
      ['3', 'citing', 'officials who were not named (within Example Ministry)', 'Unnamed'],
    ]);
  });
});
