import { max, scaleLinear } from 'd3';
import { words } from '../../i18n';
import { countByStatus, describeCounts, legendFor, statusCell } from '../legend';
import { wrapClamped, wrapText } from '../text';
import { MIN_TEXT, NARROW, WIDE, type ChartDrawing, type ChartRow, type ChartSpec, type Mark } from '../spec';
import { describePeriods, formatNumber, formatPeriod } from '../../lib/format';
import type { Status } from '../../schemas';
import type { Language } from '../../schemas/language';
import { pathsIn } from '../../lib/paths';
import { scanArticleBody } from '../../lib/content/mdx';
import { uniqueInOrder } from '../../lib/evidence/relations';
import { chartRequest, figuresOf, supportingPublishers, type ChartKind, type ChartRecords } from '../kind';
import { series, seriesFigures } from './series';

/** One official count: its own measure, unit, kind of period, definition and sources. */
export interface SeriesPanel {
  measure: string;
  unit: string;
  /** What its periods are, e.g. "calendar years" (see `describePeriods`), in the chart's language. */
  periods: string;
  /** What the count counts, as its figures qualify it; null when they say nothing more than the measure. */
  counts: string | null;
  /** Publishers of the sources behind its figures. */
  sources: string;
  points: { period: string; value: number; status: Status; href: string }[];
}

const GAP = 24;
const LABEL_WIDTH = 64;
const ROW = 24;

/**
 * Several official series as small multiples: one panel per count, each with its own value axis, unit, period
 * definition and sources, so counts of unlike things over unlike periods are never read on one scale.
 */
export function buildSideBySide(panels: SeriesPanel[], id: string, language: Language = 'en'): ChartSpec {
  const text = words(language).charts;
  const long = (period: string) => formatPeriod(period, 'long', language);
  const rows: ChartRow[] = [];
  const firstRow: number[] = [];
  for (const panel of panels) {
    firstRow.push(rows.length);
    for (const point of panel.points) {
      rows.push({ cells: [panel.measure, long(point.period), String(point.value), panel.unit, panel.sources, statusCell(point.status, language)], status: point.status, href: point.href });
    }
  }
  const statuses = panels.flatMap((panel) => panel.points.map((point) => point.status));
  const columns = text.sideBySide.columns;
  return {
    id,
    kind: 'side-by-side',
    title: text.sideBySide.title(panels.length),
    caption: text.sideBySide.caption,
    summary: `${panels
      .map((panel) => {
        const first = panel.points[0]!;
        const last = panel.points.at(-1)!;
        return text.sideBySide.panel(panel.measure, panel.unit, panel.periods, panel.counts, formatNumber(first.value, language), long(first.period), formatNumber(last.value, language), long(last.period), panel.points.length, panel.sources);
      })
      .join(' ')} ${text.figuresAre(describeCounts(countByStatus(statuses), language))}`,
    sourceLine: text.credit([...new Set(panels.flatMap((panel) => panel.sources.split('; ')))].join('; ')),
    legend: legendFor(statuses, language),
    table: { columns: [columns.series, columns.period, columns.value, columns.unit, columns.sources, columns.status], rows },
    layouts: { wide: grid(panels, firstRow, WIDE, 2, language), narrow: grid(panels, firstRow, NARROW, 1, language) },
  };
}

/** Panels in `columns` columns; each row of panels is as tall as its tallest panel. */
function grid(panels: SeriesPanel[], firstRow: number[], width: number, columns: number, language: Language): ChartDrawing {
  const panelWidth = (width - GAP * (columns - 1)) / columns;
  const marks: Mark[] = [];
  let top = 0;
  for (let start = 0; start < panels.length; start += columns) {
    const heights = panels.slice(start, start + columns).map((panel, i) => {
      const drawn = panelMarks(panel, firstRow[start + i]!, panelWidth, language);
      marks.push(...drawn.marks.map((mark) => shift(mark, i * (panelWidth + GAP), top)));
      return drawn.height;
    });
    top += Math.max(...heights) + GAP;
  }
  return { width, height: top - GAP, marks };
}

/** One panel at the origin: its heading, what it counts, one bar per period and its own value axis. */
function panelMarks(panel: SeriesPanel, firstRow: number, width: number, language: Language): { marks: Mark[]; height: number } {
  const text = words(language).charts.sideBySide;
  const marks: Mark[] = [];
  let y = 16;
  const heading = wrapText(panel.measure, width, 13);
  marks.push({ type: 'text', x: 0, y, lines: heading, size: 13, weight: 'bold', anchor: 'start', leading: 16 });
  y += heading.length * 16;
  const details = [
    ...wrapText(`${panel.unit}; ${panel.periods}`, width, MIN_TEXT),
    ...(panel.counts ? wrapClamped(text.counts(panel.counts), width, MIN_TEXT, 3) : []),
    ...wrapClamped(text.source(panel.sources), width, MIN_TEXT, 2),
  ];
  marks.push({ type: 'text', x: 0, y, lines: details, size: MIN_TEXT, weight: 'normal', anchor: 'start', leading: 15 });
  y += details.length * 15;
  const barsTop = y;
  const x = scaleLinear()
    .domain([0, max(panel.points, (point) => point.value) ?? 1])
    .nice(3)
    .range([LABEL_WIDTH, width - 48]);
  panel.points.forEach((point, i) => {
    const rowTop = barsTop + i * ROW;
    marks.push({ type: 'text', x: 0, y: rowTop + 15, lines: [formatPeriod(point.period, 'short', language)], size: MIN_TEXT, weight: 'normal', anchor: 'start', leading: 14 });
    const barWidth = Math.max(2, x(point.value) - LABEL_WIDTH);
    marks.push({ type: 'status-rect', x: LABEL_WIDTH, y: rowTop + 3, width: barWidth, height: 16, status: point.status, row: firstRow + i });
    marks.push({ type: 'text', x: LABEL_WIDTH + barWidth + 5, y: rowTop + 15, lines: [formatNumber(point.value, language)], size: MIN_TEXT, weight: 'bold', anchor: 'start', leading: 14 });
  });
  // Its own axis, so a reader sees each panel's scale rather than assuming a shared one.
  const axisY = barsTop + panel.points.length * ROW + 2;
  marks.push({ type: 'line', x1: LABEL_WIDTH, y1: axisY, x2: x.range()[1]!, y2: axisY, dash: null, arrow: false });
  for (const tick of x.ticks(3)) {
    marks.push({ type: 'line', x1: x(tick), y1: axisY, x2: x(tick), y2: axisY + 4, dash: null, arrow: false });
    marks.push({ type: 'text', x: x(tick), y: axisY + 17, lines: [formatNumber(tick, language)], size: MIN_TEXT, weight: 'normal', anchor: 'middle', leading: 14 });
  }
  return { marks, height: axisY + 20 };
}

/** A mark moved by (dx, dy). */
function shift(mark: Mark, dx: number, dy: number): Mark {
  if (mark.type === 'line') return { ...mark, x1: mark.x1 + dx, x2: mark.x2 + dx, y1: mark.y1 + dy, y2: mark.y2 + dy };
  if (mark.type === 'status-path' || mark.type === 'ground') throw new Error('A panel of series draws no paths');
  return { ...mark, x: mark.x + dx, y: mark.y + dy };
}

/**
 * The measures that articles embed as series charts, in reading order: an editor's choice of which counts are
 * official series, which this chart sets out together.
 */
function embeddedSeries(records: ChartRecords): string[] {
  return uniqueInOrder(
    records.articles.flatMap((article) =>
      scanArticleBody(article.body ?? '')
        .charts.map((chart) => chartRequest(chart.attributes))
        .filter((request) => request.name === 'series' && request.measure)
        .map((request) => request.measure!),
    ),
  );
}

export const sideBySide: ChartKind = {
  name: 'side-by-side',
  doc: 'every series that an article embeds, as small multiples, each on its own scale',
  attributes: {},
  id: () => 'series-side-by-side',
  problem(_, records) {
    const measures = embeddedSeries(records);
    if (measures.length < 2) return `<Chart name="side-by-side"> needs at least two series embedded in articles; found ${measures.length}`;
    return measures.map((measure) => series.problem({ name: 'series', measure }, records)).find((problem) => problem !== null) ?? null;
  },
  build(request, records, language = 'en') {
    const panels = embeddedSeries(records).map((measure) => {
      const figures = seriesFigures(records, measure);
      const qualifiers = uniqueInOrder(figures.flatMap(({ figure }) => (figure.qualifier ? [figure.qualifier] : [])));
      return {
        measure,
        unit: figures[0]!.figure.unit,
        periods: describePeriods(figures.map(({ figure }) => figure.period!), language),
        counts: qualifiers.length ? qualifiers.join('; ') : null,
        sources: supportingPublishers(figures.map(({ claim }) => claim), records.sources).join('; '),
        points: figures.map(({ claim, figure }) => ({ period: figure.period!, value: figure.value, status: claim.data.status, href: pathsIn(language).claim(claim.id) })),
      };
    });
    return buildSideBySide(panels, sideBySide.id(request), language);
  },
  claims: (_, records) => uniqueInOrder(embeddedSeries(records).flatMap((measure) => figuresOf(records, measure).map(({ claim }) => claim.id))),
};
