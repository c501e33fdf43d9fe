/**
 * Chart specs built from small fictional inputs, shared by the chart kinds' tests and the renderer's, and the
 * checks every chart must pass. Not a test file: importing it runs no test twice.
 */
import { expect } from 'vitest';
import { buildAnatomy, type AnatomyInput } from '../../../src/charts/kinds/anatomy';
import { buildAttribution, type AttributionInput } from '../../../src/charts/kinds/attribution';
import { buildComparison, type ComparisonInput } from '../../../src/charts/kinds/claimed-vs-specified';
import { buildSeries, type SeriesInput } from '../../../src/charts/kinds/series';
import { buildSideBySide, type SeriesPanel } from '../../../src/charts/kinds/side-by-side';
import { buildBreakdown, type BreakdownInput } from '../../../src/charts/kinds/status-breakdown';
import { buildTimeline, type TimelineInput } from '../../../src/charts/kinds/timeline';
import { buildTrail, type TrailInput } from '../../../src/charts/kinds/trail';
import { plottedRows, renderChartSvg } from '../../../src/charts/render';
import { MIN_TEXT, NARROW, WIDE, type ChartSpec, type Mark } from '../../../src/charts/spec';
import { checkContent } from '../../../src/check';
import { VALID_CONTENT } from '../fixtures';

/** The fixture content's records as the content check passes them: what each kind's request is built from. */
export const { content } = checkContent(VALID_CONTENT);

export const anatomyInput: AnatomyInput = {
  article: { id: 'report', title: 'A report' },
  claims: [
    { id: 'a', statement: 'The ministry designated the group.', status: 'documented', href: '/claims/a/' },
    { id: 'b', statement: 'Members trained abroad.', status: 'reported', href: '/claims/b/' },
    { id: 'c', statement: 'The drone carries 3 kg.', status: 'contradicted', href: '/claims/c/' },
    { id: 'd', statement: 'Officials confirmed it.', status: 'reported', href: '/claims/d/' },
    { id: 'e', statement: 'The state TV says so.', status: 'alleged', href: '/claims/e/' },
  ],
};
export const anatomy = buildAnatomy(anatomyInput);

export const attributionInput: AttributionInput = {
  claim: { id: 'b', statement: 'Members trained abroad.', status: 'reported', href: '/claims/b/' },
  links: [
    { role: 'Published by', party: 'State TV', named: true, href: '/actors/state-tv/' },
    { role: 'citing', party: 'Daily Outlet', named: true, href: '/actors/outlet/' },
    { role: 'attributing it to', party: 'officials (within Example Ministry)', named: false, href: '/actors/ministry/' },
  ],
};
export const attribution = buildAttribution(attributionInput);

export const timelineInput: TimelineInput = {
  scope: null,
  events: [
    { id: '2024-01-05-x', date: '2024-01-05', title: 'A designation', status: 'documented', href: '/claims/a/' },
    { id: '2024-06-01-y', date: '2024-06-01', title: 'A report appears', status: 'reported', href: '/claims/b/' },
    { id: '2025-02-02-z', date: '2025-02-02', title: 'A statement', status: null, href: null },
  ],
};
export const timeline = buildTimeline(timelineInput);

export const comparisonInput: ComparisonInput = {
  measure: 'Maximum payload of the drone',
  unit: 'kg',
  figures: [
    { claimId: 'spec', who: 'Maker', value: 2.7, qualifier: null, status: 'documented', href: '/claims/spec/' },
    { claimId: 'c', who: 'State TV', value: 3, qualifier: null, status: 'contradicted', href: '/claims/c/' },
  ],
  sourceLine: 'Sources: Maker; State TV.',
};
export const comparison = buildComparison(comparisonInput, 'claimed-vs-specified-maximum-payload-of-the-drone');

export const breakdownInput: BreakdownInput = {
  by: 'actor',
  groups: [
    { id: 'state-tv', label: 'State TV', href: '/actors/state-tv/', statuses: ['alleged', 'alleged', 'documented', 'reported'] },
    { id: 'outlet', label: 'Daily Outlet', href: '/actors/outlet/', statuses: ['reported', 'documented', 'documented'] },
  ],
};
export const breakdown = buildBreakdown(breakdownInput);

export const seriesInput: SeriesInput = {
  measure: 'Drones seized',
  unit: 'drones',
  points: [
    { period: '2021', value: 9, status: 'reported', href: '/claims/s21/', sources: 'Paper' },
    { period: '2022', value: 12, status: 'reported', href: '/claims/s22/', sources: 'Paper' },
    { period: '2023', value: 15, status: 'documented', href: '/claims/s23/', sources: 'Ministry; Paper' },
  ],
  sourceLine: 'Sources: Paper; Ministry.',
};
export const series = buildSeries(seriesInput, 'series-drones-seized');

export const sideBySidePanels: SeriesPanel[] = [
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
];
export const sideBySide = buildSideBySide(sideBySidePanels, 'series-side-by-side');

const says = (id: string, status: 'documented' | 'reported' | 'contradicted', statement: string) => ({ id, status, statement, href: `/claims/${id}/` });
export const trailInput: TrailInput = {
  claim: { id: 'report-published', statement: 'A paper published a report.' },
  nodes: [
    { key: 'event:report', date: '2025-09-08', outlet: 'A paper reports it (not seen)', says: says('report-published', 'documented', 'A paper published a report.'), repeats: null, named: true, change: null, href: '/claims/report-published/' },
    { key: 'source:agency', date: '2025-09-08', outlet: 'Agency', says: says('report-published', 'documented', 'A paper published a report.'), repeats: 'event:report', named: true, change: 'Names the police as the paper’s source.', href: '/sources/agency/' },
    { key: 'source:blog', date: '2025-09-10', outlet: 'Blog', says: says('unit-trained', 'reported', 'The unit trained abroad.'), repeats: 'source:agency', named: false, change: null, href: '/sources/blog/' },
    { key: 'source:tv', date: null, outlet: 'State TV', says: says('carries-3kg', 'contradicted', 'The drone carries 3 kg.'), repeats: 'event:report', named: true, change: 'Gives the payload as 3 kg.', href: '/sources/tv/' },
  ],
};
export const trail = buildTrail(trailInput, 'trail-report-published');

/** The texts a drawing shows, one entry per text mark, its lines joined by " / ". */
export const texts = (marks: Mark[]) => marks.filter((mark): mark is Extract<Mark, { type: 'text' }> => mark.type === 'text').map((mark) => mark.lines.join(' / '));
/** The status boxes of a drawing. */
export const statusMarks = (marks: Mark[]) => marks.filter((mark): mark is Extract<Mark, { type: 'status-rect' }> => mark.type === 'status-rect');
const statusShapes = (marks: Mark[]) => marks.flatMap((mark) => (mark.type === 'status-rect' || mark.type === 'status-path' ? [mark] : []));

/**
 * What every chart holds: its table has exactly the rows its marks plot, with their statuses; it is re-laid out
 * for the narrow column with no text under 12 px and nothing outside the width; its legend names every status its
 * marks use.
 */
export function expectEveryChartRule(spec: ChartSpec): void {
  expect(spec.layouts.wide.width).toBe(WIDE);
  expect(spec.layouts.narrow.width).toBe(NARROW);
  for (const drawing of [spec.layouts.wide, spec.layouts.narrow]) {
    expect([...plottedRows(drawing)].sort((a, b) => a - b)).toEqual(spec.table.rows.map((_, i) => i));
    for (const mark of statusShapes(drawing.marks)) {
      if (mark.row !== null && spec.table.rows[mark.row]!.status !== null) expect(mark.status).toBe(spec.table.rows[mark.row]!.status);
    }
    for (const mark of drawing.marks) {
      if (mark.type === 'text') expect(mark.size).toBeGreaterThanOrEqual(MIN_TEXT);
      if (mark.type === 'status-rect' || mark.type === 'box') expect(mark.x + mark.width).toBeLessThanOrEqual(drawing.width + 0.001);
      if (mark.type === 'status-path') expect(mark.bounds[0] >= 0 && mark.bounds[2] <= drawing.width + 1).toBe(true);
    }
  }
  const used = new Set([...spec.layouts.wide.marks, ...spec.layouts.narrow.marks].flatMap((mark) => (mark.type === 'status-rect' || mark.type === 'status-path' ? [mark.status] : [])));
  expect(spec.legend.map((item) => item.status).sort()).toEqual([...used].sort());
}

/** The drawing's three SVG files (wide and narrow inline, and the standalone download), in `__snapshots__/` beside the test file that calls this. */
export async function expectSvgSnapshots(spec: ChartSpec): Promise<void> {
  await expect(renderChartSvg(spec, 'wide', { standalone: false })).toMatchFileSnapshot(`__snapshots__/${spec.id}.wide.svg`);
  await expect(renderChartSvg(spec, 'narrow', { standalone: false })).toMatchFileSnapshot(`__snapshots__/${spec.id}.narrow.svg`);
  await expect(renderChartSvg(spec, 'wide', { standalone: true })).toMatchFileSnapshot(`__snapshots__/${spec.id}.file.svg`);
}

/** The words around a chart that a reader reads first: title, caption, summary, source line, legend and table headings. */
export const copyOf = (spec: ChartSpec) => ({
  title: spec.title,
  caption: spec.caption,
  summary: spec.summary,
  sourceLine: spec.sourceLine,
  legend: spec.legend.map((item) => item.label),
  columns: spec.table.columns,
});

/** Every text a chart shows: its copy, its table's cells, and the texts and shape labels of both drawings. */
export function chartTexts(spec: ChartSpec): string[] {
  const drawn = [spec.layouts.wide, spec.layouts.narrow].flatMap((drawing) => drawing.marks.flatMap((mark) => (mark.type === 'text' ? [mark.lines.join(' ')] : mark.type === 'status-path' ? [mark.label] : [])));
  return [spec.title, spec.caption, spec.summary, spec.sourceLine, ...spec.legend.map((item) => item.label), ...spec.table.columns, ...spec.table.rows.flatMap((row) => row.cells), ...drawn];
}

const wordsOf = (text: string) => (text.match(/\p{L}{3,}/gu) ?? []).map((word) => word.toLowerCase());

/**
 * The words of our copy in the English build of a chart that a build in another language still shows. Our copy is
 * every word (of three letters or more) the English build shows except the words of what the records say
 * (`records`) and words spelt alike in both languages (`alike`). Empty when all our copy is translated.
 */
export function englishCopyIn(other: ChartSpec, english: ChartSpec, records: string[], alike: string[] = []): string[] {
  const theirs = new Set([...records, ...alike].flatMap(wordsOf));
  const ours = new Set(chartTexts(english).flatMap(wordsOf).filter((word) => !theirs.has(word)));
  const shown = new Set(chartTexts(other).flatMap(wordsOf));
  return [...ours].filter((word) => shown.has(word)).sort();
}
