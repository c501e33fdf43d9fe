import { describe, expect, test } from 'vitest';
import { buildAnatomy } from '../../../src/charts/builders/anatomy';
import { buildAttribution } from '../../../src/charts/builders/attribution';
import { buildBreakdown } from '../../../src/charts/builders/breakdown';
import { buildComparison } from '../../../src/charts/builders/comparison';
import { buildSeries } from '../../../src/charts/builders/series';
import { buildSideBySide } from '../../../src/charts/builders/side-by-side';
import { buildTimeline } from '../../../src/charts/builders/timeline';
import { buildTrail } from '../../../src/charts/builders/trail';
import { plottedRows } from '../../../src/charts/render';
import { MIN_TEXT, NARROW, WIDE, type ChartSpec, type Mark } from '../../../src/charts/spec';

export const anatomy = buildAnatomy({
  article: { id: 'report', title: 'A report' },
  claims: [
    { id: 'a', statement: 'The ministry designated the group.', status: 'documented', href: '/claims/a/' },
    { id: 'b', statement: 'Members trained abroad.', status: 'reported', href: '/claims/b/' },
    { id: 'c', statement: 'The drone carries 3 kg.', status: 'contradicted', href: '/claims/c/' },
    { id: 'd', statement: 'Officials confirmed it.', status: 'reported', href: '/claims/d/' },
    { id: 'e', statement: 'The state TV says so.', status: 'alleged', href: '/claims/e/' },
  ],
});

export const attribution = buildAttribution({
  claim: { id: 'b', statement: 'Members trained abroad.', status: 'reported', href: '/claims/b/' },
  links: [
    { role: 'Published by', party: 'State TV', named: true, href: '/actors/state-tv/' },
    { role: 'citing', party: 'Daily Outlet', named: true, href: '/actors/outlet/' },
    { role: 'attributing it to', party: 'officials (within Example Ministry)', named: false, href: '/actors/ministry/' },
  ],
});

export const timeline = buildTimeline({
  scope: null,
  events: [
    { id: '2024-01-05-x', date: '2024-01-05', title: 'A designation', status: 'documented', href: '/claims/a/' },
    { id: '2024-06-01-y', date: '2024-06-01', title: 'A report appears', status: 'reported', href: '/claims/b/' },
    { id: '2025-02-02-z', date: '2025-02-02', title: 'A statement', status: null, href: null },
  ],
});

export const comparison = buildComparison(
  {
    measure: 'Maximum payload of the drone',
    unit: 'kg',
    figures: [
      { claimId: 'spec', who: 'Maker', value: 2.7, qualifier: null, status: 'documented', href: '/claims/spec/' },
      { claimId: 'c', who: 'State TV', value: 3, qualifier: null, status: 'contradicted', href: '/claims/c/' },
    ],
    sourceLine: 'Sources: Maker; State TV.',
  },
  'claimed-vs-specified-maximum-payload-of-the-drone',
);

export const breakdown = buildBreakdown({
  by: 'actor',
  groups: [
    { id: 'state-tv', label: 'State TV', href: '/actors/state-tv/', statuses: ['alleged', 'alleged', 'documented', 'reported'] },
    { id: 'outlet', label: 'Daily Outlet', href: '/actors/outlet/', statuses: ['reported', 'documented', 'documented'] },
  ],
});

export const series = buildSeries(
  {
    measure: 'Drones seized',
    unit: 'drones',
    points: [
      { period: '2021', value: 9, status: 'reported', href: '/claims/s21/', sources: 'Paper' },
      { period: '2022', value: 12, status: 'reported', href: '/claims/s22/', sources: 'Paper' },
      { period: '2023', value: 15, status: 'documented', href: '/claims/s23/', sources: 'Ministry; Paper' },
    ],
    sourceLine: 'Sources: Paper; Ministry.',
  },
  'series-drones-seized',
);

export const sideBySide = buildSideBySide(
  [
    {
      measure: 'Drones seized',
      unit: 'drones',
      periods: 'calendar years',
      counts: null,
      sources: 'Paper',
      points: [
        { period: '2021', value: 9, status: 'reported', href: '/claims/s21/' },
        { period: '2022', value: 12, status: 'documented', href: '/claims/s22/' },
      ],
    },
    {
      measure: 'Drone incidents at prisons',
      unit: 'incidents',
      periods: 'twelve-month years from April to March',
      counts: 'sightings and finds',
      sources: 'Ministry; Agency',
      points: [
        { period: '2020-04/2021-03', value: 300, status: 'documented', href: '/claims/p20/' },
        { period: '2021-04/2022-03', value: 1200, status: 'documented', href: '/claims/p21/' },
        { period: '2022-04/2023-03', value: 900, status: 'reported', href: '/claims/p22/' },
      ],
    },
    {
      measure: 'Drone attacks',
      unit: 'attacks',
      periods: 'calendar years',
      counts: null,
      sources: 'Army',
      points: [
        { period: '2024', value: 115, status: 'alleged', href: '/claims/a24/' },
        { period: '2025', value: 300, status: 'alleged', href: '/claims/a25/' },
      ],
    },
  ],
  'series-side-by-side',
);

const says = (id: string, status: 'documented' | 'reported' | 'contradicted', statement: string) => ({ id, status, statement, href: `/claims/${id}/` });
export const trail = buildTrail(
  {
    claim: { id: 'report-published', statement: 'A paper published a report.' },
    nodes: [
      { key: 'event:report', date: '2025-09-08', outlet: 'A paper reports it (not seen)', says: says('report-published', 'documented', 'A paper published a report.'), repeats: null, named: true, change: null, href: '/claims/report-published/' },
      { key: 'source:agency', date: '2025-09-08', outlet: 'Agency', says: says('report-published', 'documented', 'A paper published a report.'), repeats: 'event:report', named: true, change: 'Names the police as the paper’s source.', href: '/sources/agency/' },
      { key: 'source:blog', date: '2025-09-10', outlet: 'Blog', says: says('unit-trained', 'reported', 'The unit trained abroad.'), repeats: 'source:agency', named: false, change: null, href: '/sources/blog/' },
      { key: 'source:tv', date: null, outlet: 'State TV', says: says('carries-3kg', 'contradicted', 'The drone carries 3 kg.'), repeats: 'event:report', named: true, change: 'Gives the payload as 3 kg.', href: '/sources/tv/' },
    ],
  },
  'trail-report-published',
);

const ALL: ChartSpec[] = [anatomy, attribution, timeline, comparison, breakdown, series, sideBySide, trail];
const texts = (marks: Mark[]) => marks.filter((mark): mark is Extract<Mark, { type: 'text' }> => mark.type === 'text').map((mark) => mark.lines.join(' / '));
const statusMarks = (marks: Mark[]) => marks.filter((mark): mark is Extract<Mark, { type: 'status-rect' }> => mark.type === 'status-rect');

describe('every chart', () => {
  test.each(ALL.map((spec) => [spec.id, spec] as const))('%s: its table has exactly the rows its marks plot, with their statuses', (_, spec) => {
    for (const drawing of [spec.layouts.wide, spec.layouts.narrow]) {
      expect([...plottedRows(drawing)].sort((a, b) => a - b)).toEqual(spec.table.rows.map((_, i) => i));
      for (const mark of statusMarks(drawing.marks)) {
        if (mark.row !== null && spec.table.rows[mark.row]!.status !== null) expect(mark.status).toBe(spec.table.rows[mark.row]!.status);
      }
    }
  });

  test.each(ALL.map((spec) => [spec.id, spec] as const))('%s: is re-laid out for the narrow column, with no text under 12 px and nothing outside the width', (_, spec) => {
    expect(spec.layouts.wide.width).toBe(WIDE);
    expect(spec.layouts.narrow.width).toBe(NARROW);
    for (const drawing of [spec.layouts.wide, spec.layouts.narrow]) {
      for (const mark of drawing.marks) {
        if (mark.type === 'text') expect(mark.size).toBeGreaterThanOrEqual(MIN_TEXT);
        if (mark.type === 'status-rect' || mark.type === 'box') expect(mark.x + mark.width).toBeLessThanOrEqual(drawing.width + 0.001);
      }
    }
  });

  test.each(ALL.map((spec) => [spec.id, spec] as const))('%s: the legend names every status its marks use', (_, spec) => {
    const used = new Set([...spec.layouts.wide.marks, ...spec.layouts.narrow.marks].flatMap((mark) => (mark.type === 'status-rect' ? [mark.status] : [])));
    expect(spec.legend.map((item) => item.status).sort()).toEqual([...used].sort());
  });
});

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
});

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
});

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
});

describe('claimed vs specified', () => {
  test('bars against the documented figure, with the gap labelled', () => {
    expect(comparison.summary).toBe('Maker gives 2.7 kg (documented). State TV gives 3 kg, 0.3 kg (11%) more than the documented figure (contradicted).');
    expect(comparison.table.rows.map((row) => row.cells)).toEqual([
      ['Maker', '2.7 kg', '', 'documented figure', 'Documented'],
      ['State TV', '3 kg', '', '0.3 kg (11%) more than the documented figure', 'Contradicted'],
    ]);
    const bars = statusMarks(comparison.layouts.wide.marks);
    expect(bars.map((bar) => [bar.x, Math.round(bar.width), bar.status])).toEqual([
      [180, 351, 'documented'],
      [180, 390, 'contradicted'],
    ]);
    expect(texts(comparison.layouts.wide.marks)).toEqual(['Maker', '2.7 kg', 'State TV', '3 kg', '0.3 kg (11%) more than the documented figure', 'Documented: 2.7 kg']);
  });

  test('with no documented figure it says so and draws no reference rule', () => {
    const spec = buildComparison({ measure: 'M', unit: 'kg', figures: [{ claimId: 'x', who: 'A', value: 1, qualifier: 'empty', status: 'reported', href: '/claims/x/' }], sourceLine: 'S' }, 'm');
    expect(spec.summary).toBe('A gives 1 kg. No figure is documented.');
    expect(spec.layouts.wide.marks.filter((mark) => mark.type === 'line')).toEqual([]);
  });
});

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
});

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
});

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
});

describe('story trail', () => {
  test('one row per document, origin first, each with the status of what it says and what it repeats', () => {
    expect(trail.table.rows.map((row) => [row.cells[0], row.cells[1], row.cells[2], row.cells[3], row.status, row.href])).toEqual([
      ['A paper reports it (not seen)', '2025-09-08', 'Origin', '', 'documented', '/claims/report-published/'],
      ['Agency', '2025-09-08', 'A paper reports it (not seen)', 'It names it', 'documented', '/sources/agency/'],
      ['Blog', '2025-09-10', 'Agency', 'Matching words (our inference)', 'reported', '/sources/blog/'],
      ['State TV', 'Date unknown', 'A paper reports it (not seen)', 'It names it', 'contradicted', '/sources/tv/'],
    ]);
    expect(trail.summary).toBe('3 documents repeat one origin; what they say is 1 documented, 1 reported and 1 contradicted. 2 changed something: Agency: Names the police as the paper’s source; State TV: Gives the payload as 3 kg.');
  });

  test('each repeat is drawn into the row it repeats, solid when named and dashed when inferred', () => {
    for (const drawing of [trail.layouts.wide, trail.layouts.narrow]) {
      const rowY = statusMarks(drawing.marks).map((mark) => mark.y + 7);
      const arrows = drawing.marks.filter((mark): mark is Extract<Mark, { type: 'line' }> => mark.type === 'line' && mark.arrow);
      // Arrowheads land on the row repeated: the origin twice, the agency once; the blog's line is dashed.
      expect(arrows.map((arrow) => rowY.indexOf(arrow.y2)).sort()).toEqual([0, 0, 1]);
      expect(arrows.map((arrow) => arrow.dash)).toContain('4 3');
      expect(arrows.filter((arrow) => arrow.dash === null)).toHaveLength(2);
    }
  });

  test('a row saying what it repeats says so instead of repeating the statement', () => {
    expect(texts(trail.layouts.wide.marks)).toContain('Documented: says the same as what it repeats');
    expect(texts(trail.layouts.wide.marks)).toContain('Reported: The unit trained abroad.');
    expect(texts(trail.layouts.wide.marks)).toContain('Changed: Gives the payload as 3 kg.');
  });
});
