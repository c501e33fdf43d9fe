import { describe, expect, test } from 'vitest';
import { timeline as timelineKind } from '../../../../src/charts/kinds/timeline';
import { content, expectEveryChartRule, expectSvgSnapshots, statusMarks, texts, timeline } from '../fixtures';

describe('timeline', () => {
  test('events by date, years in a column when wide and as headings when narrow', () => {
    expect(timeline.summary).toBe('3 events from 5 January 2024 to 2 February 2025; their claims are 1 documented and 1 reported; 1 has no graded claim behind it.');
    expect(timeline.table.rows.map((row) => row.cells)).toEqual([
      ['2024-01-05', 'A designation', 'Documented'],
      ['2024-06-01', 'A report appears', 'Reported'],
      ['2025-02-02', 'A statement', 'No graded claim'],
    ]);
    expect(texts(timeline.layouts.wide.marks)).toEqual(['2024', '5 January 2024', 'A designation', '1 June 2024', 'A report appears', '2025', '2 February 2025', 'A statement']);
    expect(statusMarks(timeline.layouts.wide.marks).map((mark) => [mark.x, mark.y, mark.status])).toEqual([
      [49, 2, 'documented'],
      [49, 44, 'reported'],
      [49, 86, null],
    ]);
    expect(statusMarks(timeline.layouts.narrow.marks).map((mark) => [mark.x, mark.y])).toEqual([
      [1, 26],
      [1, 68],
      [1, 140],
    ]);
  });

  test('holds what every chart holds', () => expectEveryChartRule(timeline));

  test('matches its SVG snapshots', async () => {
    await expectSvgSnapshots(timeline);
  });
});

describe('timeline kind', () => {
  test('every event, or those whose claims are about one actor, each marked by the claim behind it', () => {
    expect(timelineKind.id({ name: 'timeline' })).toBe('timeline');
    expect(timelineKind.id({ name: 'timeline', about: 'cjng' })).toBe('timeline-cjng');
    expect(timelineKind.problem({ name: 'timeline' }, content)).toBeNull();
    expect(timelineKind.problem({ name: 'timeline', about: 'nobody' }, content)).toBe('<Chart name="timeline"> names no actor with the id "nobody"');
    const all = timelineKind.build({ name: 'timeline' }, content);
    expect(all.table.rows.map((row) => [row.cells[0], row.status, row.href])).toEqual([['2025-02-20', 'documented', '/claims/designation-published/']]);
    expect(timelineKind.claims({ name: 'timeline' }, content)).toEqual(['designation-published']);
    expect(timelineKind.claims({ name: 'timeline', about: 'example-state-tv' }, content)).toEqual([]);
  });
});
