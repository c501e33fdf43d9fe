import { max, scaleBand, scaleLinear } from 'd3';
import { words } from '../../i18n';
import { countByStatus, describeCounts, legendFor, statusCell } from '../legend';
import { MIN_TEXT, NARROW, WIDE, type ChartDrawing, type ChartSpec, type Mark } from '../spec';
import type { Status } from '../../schemas';
import type { Language } from '../../schemas/language';
import { formatNumber, formatPeriod } from '../../lib/format';
import { pathsIn } from '../../lib/paths';
import { uniqueInOrder } from '../../lib/evidence/relations';
import { creditLine, figuresOf, measureSlug, supportingPublishers, type ChartKind, type ChartRecords } from '../kind';

export interface SeriesInput {
  measure: string;
  unit: string;
  /** One point per period, in period order; each is a claim with its status and the sources behind it. */
  points: { period: string; value: number; status: Status; href: string; sources: string }[];
  sourceLine: string;
}

/** Official statistics over time: one bar per period, marked by the status of the claim that states it. */
export function buildSeries(input: SeriesInput, id: string, language: Language = 'en'): ChartSpec {
  const text = words(language).charts;
  const { points } = input;
  const label = (period: string) => formatPeriod(period, 'short', language);
  const long = (period: string) => formatPeriod(period, 'long', language);
  const number = (value: number) => formatNumber(value, language);
  const first = points[0]!;
  const last = points.at(-1)!;
  const high = points.reduce((best, point) => (point.value > best.value ? point : best), first);
  const low = points.reduce((best, point) => (point.value < best.value ? point : best), first);
  // The unit is named once, beside the measure: a record's unit is a plural ("drones"), which a count of 1 would not agree with.
  const summary = text.series.summary(input.measure, input.unit, number(first.value), long(first.period), number(last.value), long(last.period), number(high.value), long(high.period), number(low.value), long(low.period));
  const columnsOf = text.series.columns;
  return {
    id,
    kind: 'series',
    title: `${input.measure}, ${label(first.period)}–${label(last.period)}`,
    caption: text.series.caption,
    summary: `${summary} ${text.figuresAre(describeCounts(countByStatus(points.map((point) => point.status)), language))}`,
    sourceLine: input.sourceLine,
    legend: legendFor(points.map((point) => point.status), language),
    table: {
      columns: [columnsOf.period, columnsOf.value(input.unit), columnsOf.sources, columnsOf.status],
      rows: points.map((point) => ({ cells: [long(point.period), String(point.value), point.sources, statusCell(point.status, language)], status: point.status, href: point.href })),
    },
    layouts: { wide: columns(input, WIDE, language), narrow: rows(input, NARROW, language) },
  };
}

/** Wide: vertical bars over the periods, with a value axis. */
function columns(input: SeriesInput, width: number, language: Language): ChartDrawing {
  const label = (period: string) => formatPeriod(period, 'short', language);
  const height = 240;
  const left = 44;
  const bottom = height - 24;
  const y = scaleLinear().domain([0, max(input.points, (point) => point.value) ?? 1]).nice().range([bottom, 10]);
  const x = scaleBand().domain(input.points.map((point) => point.period)).range([left, width]).padding(0.3);
  const marks: Mark[] = [];
  for (const tick of y.ticks(4)) {
    // Ticks only, no gridlines: a line across a bar would read as the strike of "contradicted".
    marks.push({ type: 'line', x1: left - 4, y1: y(tick), x2: left, y2: y(tick), dash: null, arrow: false });
    marks.push({ type: 'text', x: left - 8, y: y(tick) + 4, lines: [formatNumber(tick, language)], size: MIN_TEXT, weight: 'normal', anchor: 'end', leading: 14 });
  }
  input.points.forEach((point, i) => {
    const barX = x(point.period)!;
    marks.push({ type: 'status-rect', x: barX, y: y(point.value), width: x.bandwidth(), height: Math.max(1, bottom - y(point.value)), status: point.status, row: i });
    marks.push({ type: 'text', x: barX + x.bandwidth() / 2, y: y(point.value) - 5, lines: [formatNumber(point.value, language)], size: MIN_TEXT, weight: 'bold', anchor: 'middle', leading: 14 });
    marks.push({ type: 'text', x: barX + x.bandwidth() / 2, y: bottom + 17, lines: [label(point.period)], size: MIN_TEXT, weight: 'normal', anchor: 'middle', leading: 14 });
  });
  marks.push({ type: 'line', x1: left, y1: bottom, x2: width, y2: bottom, dash: null, arrow: false });
  marks.push({ type: 'line', x1: left, y1: 10, x2: left, y2: bottom, dash: null, arrow: false });
  return { width, height, marks };
}

/** Narrow: one horizontal bar per period, periods down the side, values at the bar ends. */
function rows(input: SeriesInput, width: number, language: Language): ChartDrawing {
  const left = 74;
  const rowHeight = 28;
  const x = scaleLinear().domain([0, max(input.points, (point) => point.value) ?? 1]).range([0, width - left - 50]);
  const marks: Mark[] = [];
  input.points.forEach((point, i) => {
    const top = i * rowHeight;
    marks.push({ type: 'text', x: 0, y: top + 15, lines: [formatPeriod(point.period, 'short', language)], size: MIN_TEXT + 1, weight: 'normal', anchor: 'start', leading: 14 });
    const barWidth = Math.max(2, x(point.value));
    marks.push({ type: 'status-rect', x: left, y: top + 2, width: barWidth, height: 18, status: point.status, row: i });
    marks.push({ type: 'text', x: left + barWidth + 6, y: top + 15, lines: [formatNumber(point.value, language)], size: MIN_TEXT + 1, weight: 'bold', anchor: 'start', leading: 14 });
  });
  return { width, height: input.points.length * rowHeight, marks };
}

/** The figures of one series in period order, with the claim behind each. */
export function seriesFigures(records: ChartRecords, measure: string) {
  return figuresOf(records, measure).sort((a, b) => a.figure.period!.localeCompare(b.figure.period!));
}

export const series: ChartKind = {
  name: 'series',
  doc: 'the figures of one measure by period',
  attributes: { measure: { required: true, doc: 'the measure whose figures it plots; every figure needs a period' } },
  id: (request) => `series-${measureSlug(request.measure ?? '')}`,
  problem(request, records) {
    const figures = figuresOf(records, request.measure!);
    if (figures.length < 2) return `<Chart name="series"> needs at least two figures with the measure "${request.measure}"; found ${figures.length}`;
    if (figures.some(({ figure }) => !figure.period)) return `<Chart name="series"> needs a period on every figure of "${request.measure}"`;
    if (new Set(figures.map(({ figure }) => figure.period)).size < figures.length) return `<Chart name="series"> found two figures of "${request.measure}" for one period`;
    return null;
  },
  build(request, records, language = 'en') {
    const figures = seriesFigures(records, request.measure!);
    return buildSeries(
      {
        measure: request.measure!,
        unit: figures[0]!.figure.unit,
        points: figures.map(({ claim, figure }) => ({
          period: figure.period!,
          value: figure.value,
          status: claim.data.status,
          href: pathsIn(language).claim(claim.id),
          sources: supportingPublishers([claim], records.sources).join('; '),
        })),
        sourceLine: creditLine(figures.map(({ claim }) => claim), records.sources, language),
      },
      series.id(request),
      language,
    );
  },
  claims: (request, records) => uniqueInOrder(figuresOf(records, request.measure!).map(({ claim }) => claim.id)),
};
