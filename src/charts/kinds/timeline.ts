import { words } from '../../i18n';
import { formatDate } from '../../lib/format';
import { countByStatus, describeCounts, legendFor, statusCell } from '../legend';
import { wrapText } from '../text';
import { MIN_TEXT, NARROW, WIDE, type ChartDrawing, type ChartSpec, type Mark } from '../spec';
import type { Status } from '../../schemas';
import type { Language } from '../../schemas/language';
import { pathsIn } from '../../lib/paths';
import { uniqueInOrder } from '../../lib/evidence/relations';
import { hasId, type ChartKind, type ChartRecords, type ChartRequest } from '../kind';

export interface TimelineInput {
  /** Distinguishes timelines of different scope in the chart id, e.g. an actor id; null for all events. */
  scope: { id: string; label: string } | null;
  /** Events by date; `status` is that of the first claim the event lists, or null when it lists none. */
  events: { id: string; date: string; title: string; status: Status | null; href: string | null }[];
}

const LINE = 16;

/** Timeline: events by date, each marked by the status of the claim behind it. */
export function buildTimeline(input: TimelineInput, language: Language = 'en'): ChartSpec {
  const text = words(language).charts.timeline;
  const { events } = input;
  const first = events[0];
  const last = events.at(-1);
  const counts = countByStatus(events.map((event) => event.status));
  const ungraded = events.filter((event) => event.status === null).length;
  return {
    id: input.scope ? `timeline-${input.scope.id}` : 'timeline',
    kind: 'timeline',
    title: input.scope ? text.scoped(input.scope.label) : text.title,
    caption: text.caption,
    summary: events.length === 0 ? text.none : text.summary(events.length, formatDate(first!.date, language), formatDate(last!.date, language), counts.length > 0 ? describeCounts(counts, language) : null, ungraded),
    sourceLine: text.sourceLine,
    legend: legendFor(events.map((event) => event.status), language),
    table: {
      columns: [text.columns.date, text.columns.event, text.columns.status],
      rows: events.map((event) => ({ cells: [event.date, event.title, statusCell(event.status, language)], status: event.status, href: event.href })),
    },
    layouts: { wide: layout(input, WIDE, 'column', language), narrow: layout(input, NARROW, 'heading', language) },
  };
}

/**
 * Wide: years in a column on the left of the line. Narrow: each year as a heading across the column, so the
 * event titles keep the full width.
 */
function layout(input: TimelineInput, width: number, years: 'column' | 'heading', language: Language): ChartDrawing {
  const axis = years === 'column' ? 56 : 8;
  const textX = axis + 22;
  const marks: Mark[] = [];
  let y = 0;
  let year = '';
  const top = y;
  input.events.forEach((event, i) => {
    const eventYear = event.date.slice(0, 4);
    if (eventYear !== year) {
      year = eventYear;
      if (years === 'heading') {
        if (i > 0) y += 6;
        marks.push({ type: 'text', x: 0, y: y + 14, lines: [year], size: MIN_TEXT + 2, weight: 'bold', anchor: 'start', leading: LINE });
        y += 24;
      } else {
        marks.push({ type: 'text', x: 0, y: y + 13, lines: [year], size: MIN_TEXT + 2, weight: 'bold', anchor: 'start', leading: LINE });
      }
    }
    const lines = [formatDate(event.date, language), ...wrapText(event.title, width - textX, MIN_TEXT + 1)];
    marks.push({ type: 'status-rect', x: axis - 7, y: y + 2, width: 14, height: 14, status: event.status, row: i });
    marks.push({ type: 'text', x: textX, y: y + 13, lines: [lines[0]!], size: MIN_TEXT, weight: 'bold', anchor: 'start', leading: LINE });
    marks.push({ type: 'text', x: textX, y: y + 13 + LINE, lines: lines.slice(1), size: MIN_TEXT + 1, weight: 'normal', anchor: 'start', leading: LINE });
    y += lines.length * LINE + 10;
  });
  if (years === 'column' && input.events.length > 0) marks.unshift({ type: 'line', x1: axis, y1: top, x2: axis, y2: y, dash: null, arrow: false });
  return { width, height: y, marks };
}

/** The events a timeline shows, by date: all, or those with a claim about the actor `about` names. */
function eventsFor(request: ChartRequest, records: ChartRecords) {
  const about = request.about;
  const claims = new Map(records.claims.map((claim) => [claim.id, claim]));
  return records.events
    .filter((event) => !about || event.data.claims.some((id) => claims.get(id)?.data.about.includes(about)))
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
}

export const timeline: ChartKind = {
  name: 'timeline',
  doc: 'events by date',
  attributes: { about: { required: false, doc: 'an actor id: only events whose claims are about that actor' } },
  id: (request) => (request.about ? `timeline-${request.about}` : 'timeline'),
  problem: (request, records) => (request.about === undefined || hasId(records.actors, request.about) ? null : `<Chart name="timeline"> names no actor with the id "${request.about}"`),
  build(request, records, language = 'en') {
    const claims = new Map(records.claims.map((claim) => [claim.id, claim]));
    const about = request.about ? records.actors.find((actor) => actor.id === request.about)! : undefined;
    const events = eventsFor(request, records).map((event) => {
      // An event is marked by the first claim it lists: the claim behind it.
      const claim = event.data.claims[0] ? claims.get(event.data.claims[0]) : undefined;
      return { id: event.id, date: event.data.date, title: event.data.title, status: claim?.data.status ?? null, href: claim ? pathsIn(language).claim(claim.id) : null };
    });
    return buildTimeline({ scope: about ? { id: about.id, label: about.data.name } : null, events }, language);
  },
  claims: (request, records) => uniqueInOrder(eventsFor(request, records).flatMap((event) => event.data.claims.slice(0, 1))),
};
