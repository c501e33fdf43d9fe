import { words } from '../../i18n';
import { compareText, formatDate } from '../../lib/format';
import { countByStatus, describeCounts, legendFor, statusCell } from '../legend';
import { wrapText } from '../text';
import { MIN_TEXT, NARROW, WIDE, type ChartDrawing, type ChartSpec, type Mark } from '../spec';
import type { Status } from '../../schemas';
import type { Language } from '../../schemas/language';
import { pathsIn } from '../../lib/paths';
import { uniqueInOrder } from '../../lib/evidence/relations';
import type { Source } from '../../schemas';
import { hasId, type ChartKind, type ChartRecords } from '../kind';

/** One row of a trail: the document a story started from, or an outlet that repeated it. */
export interface TrailNode {
  /** The record the row stands for: `event:<id>` for a document we did not see, `source:<id>` for one we did. */
  key: string;
  /** Publication date as shown (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or null when the document shows none. */
  date: string | null;
  /** Who published it, or what the event records for an origin we did not see. */
  outlet: string;
  /** The claim that records what this row says, with its status. */
  says: { id: string; statement: string; status: Status; href: string };
  /** The key of the earlier row this one repeats; null for an origin. */
  repeats: string | null;
  /** Whether the document names what it repeats; false when we infer it from matching words. */
  named: boolean;
  /** What it changed, in our words, or null. */
  change: string | null;
  /** The record page a reader opens for this row. */
  href: string;
}

export interface TrailInput {
  /** The claim whose journey the trail draws. */
  claim: { id: string; statement: string };
  /** Origins first, then outlets in date order, undated ones last, as the registry orders them. */
  nodes: TrailNode[];
}

const LINE = 16;
const SAYS_SIZE = MIN_TEXT;

/**
 * Story trail: how a claim travelled. Every outlet that carried it, in date order, with the status of what it
 * says, a line to the earlier document it repeats (solid when it names it, dashed when we infer it) and what it
 * changed on the way.
 */
export function buildTrail(input: TrailInput, id: string, language: Language = 'en'): ChartSpec {
  const text = words(language).charts.trail;
  const { nodes } = input;
  const index = new Map(nodes.map((node, i) => [node.key, i]));
  const outlets = nodes.filter((node) => node.repeats !== null);
  const changed = outlets.filter((node) => node.change !== null);
  const counts = countByStatus(outlets.map((node) => node.says.status));
  const repeatedLabel = (node: TrailNode) => (node.repeats === null ? text.origin : nodes[index.get(node.repeats)!]!.outlet);
  const changes = changed.map((node) => `${node.outlet}: ${node.change!.replace(/\.$/, '')}`).join('; ');
  const columns = text.columns;
  return {
    id,
    kind: 'trail',
    title: text.title(input.claim.statement),
    caption: text.caption,
    summary: `${text.summary(outlets.length, nodes.length - outlets.length, describeCounts(counts, language))} ${changed.length === 0 ? text.noChange : text.changed(changed.length, changes)}`,
    sourceLine: text.sourceLine,
    legend: legendFor(nodes.map((node) => node.says.status), language),
    table: {
      columns: [columns.outlet, columns.date, columns.repeats, columns.how, columns.says, columns.status, columns.change],
      rows: nodes.map((node) => ({
        cells: [
          node.outlet,
          node.date ?? words(language).source.dateUnknown,
          repeatedLabel(node),
          node.repeats === null ? '' : node.named ? text.namesIt : text.inferred,
          node.says.statement,
          statusCell(node.says.status, language),
          node.change ?? '',
        ],
        status: node.says.status,
        href: node.href,
      })),
    },
    layouts: { wide: layout(input, WIDE, language), narrow: layout(input, NARROW, language) },
  };
}

/** Rows down the column; the lines to what each row repeats run in a gutter on the left, one lane per origin. */
function layout(input: TrailInput, width: number, language: Language): ChartDrawing {
  const text = words(language).charts.trail;
  const { nodes } = input;
  const targets = [...new Set(nodes.flatMap((node) => (node.repeats ? [node.repeats] : [])))];
  const lane = (key: string) => 6 + targets.indexOf(key) * 10;
  const gutter = 6 + targets.length * 10 + 6;
  const markX = gutter;
  const textX = markX + 22;
  const textWidth = width - textX;
  const marks: Mark[] = [];
  const rowTop: number[] = [];
  let y = 0;
  nodes.forEach((node, i) => {
    rowTop.push(y);
    const heading = wrapText(`${node.date ? formatDate(node.date, language) : words(language).source.dateUnknown} · ${node.outlet}`, textWidth, MIN_TEXT + 1);
    // Saying what the repeated document says needs no second copy of the statement.
    const same = node.repeats !== null && nodes.find((other) => other.key === node.repeats)?.says.id === node.says.id;
    const says = wrapText(`${statusCell(node.says.status, language)}: ${same ? text.same : node.says.statement}`, textWidth, SAYS_SIZE);
    const change = node.change ? wrapText(text.change(node.change), textWidth, SAYS_SIZE) : [];
    marks.push({ type: 'status-rect', x: markX, y: y + 3, width: 14, height: 14, status: node.says.status, row: i });
    marks.push({ type: 'text', x: textX, y: y + 14, lines: heading, size: MIN_TEXT + 1, weight: 'bold', anchor: 'start', leading: LINE });
    let line = y + 14 + heading.length * LINE;
    marks.push({ type: 'text', x: textX, y: line, lines: says, size: SAYS_SIZE, weight: 'normal', anchor: 'start', leading: LINE });
    line += says.length * LINE;
    if (change.length > 0) {
      marks.push({ type: 'text', x: textX, y: line, lines: change, size: SAYS_SIZE, weight: 'bold', anchor: 'start', leading: LINE });
      line += change.length * LINE;
    }
    y = line + 10;
  });
  // Each repeat: from the row's mark left into its lane, up the lane, and into the earlier row with an arrow.
  nodes.forEach((node, i) => {
    if (node.repeats === null) return;
    const target = nodes.findIndex((other) => other.key === node.repeats);
    const x = lane(node.repeats);
    const from = rowTop[i]! + 10;
    const to = rowTop[target]! + 10;
    const dash = node.named ? null : '4 3';
    marks.unshift(
      { type: 'line', x1: markX - 2, y1: from, x2: x, y2: from, dash, arrow: false },
      { type: 'line', x1: x, y1: from, x2: x, y2: to, dash, arrow: false },
      { type: 'line', x1: x, y1: to, x2: markX - 2, y2: to, dash, arrow: true },
    );
  });
  return { width, height: y, marks };
}

/**
 * The rows of a claim's story trail: each relay that says the claim or repeats an event listing it, each relay
 * that repeats one of those sources, and the documents they repeat. Origins come first; then outlets by date,
 * undated ones last.
 */
function trailNodes(records: ChartRecords, claimId: string, language: Language = 'en'): TrailNode[] {
  const paths = pathsIn(language);
  const claims = new Map(records.claims.map((claim) => [claim.id, claim]));
  const events = new Map(records.events.map((event) => [event.id, event]));
  const sources = new Map(records.sources.map((source) => [source.id, source]));
  // A relay naming a record that does not exist is the integrity check's to report; the trail leaves it out.
  const resolves = (relay: Source['relays'][number]) => claims.has(relay.says) && (relay.event === undefined || events.has(relay.event)) && (relay.source === undefined || sources.has(relay.source));
  const steps = records.sources.flatMap((source) =>
    source.data.relays.flatMap((relay, i) => (resolves(relay) ? [{ source, relay, key: i === 0 ? `source:${source.id}` : `source:${source.id}:${i}` }] : [])),
  );
  const member = new Set(steps.filter(({ relay }) => relay.says === claimId || (relay.event && events.get(relay.event)?.data.claims.includes(claimId))).map((step) => step.key));
  // Whoever repeats a source on the trail is on it too.
  for (let grown = true; grown; ) {
    grown = false;
    for (const step of steps) {
      if (!member.has(step.key) && step.relay.source && steps.some((other) => member.has(other.key) && other.source.id === step.relay.source)) {
        member.add(step.key);
        grown = true;
      }
    }
  }
  const says = (id: string) => {
    const claim = claims.get(id)!;
    return { id: claim.id, statement: claim.data.statement, status: claim.data.status, href: paths.claim(claim.id) };
  };
  const onTrail = steps.filter((step) => member.has(step.key));
  const nodes: TrailNode[] = onTrail.map(({ source, relay, key }) => ({
    key,
    date: source.data.published,
    outlet: source.data.publisher,
    says: says(relay.says),
    repeats: relay.source ? `source:${relay.source}` : `event:${relay.event}`,
    named: relay.named,
    change: relay.change ?? null,
    href: paths.source(source.id),
  }));
  // Origins: events of documents we did not see, and sources we saw that repeat nothing on this trail.
  for (const target of uniqueInOrder(nodes.map((node) => node.repeats!))) {
    if (nodes.some((node) => node.key === target)) continue;
    const [kind, id] = target.split(':') as ['event' | 'source', string];
    if (kind === 'event') {
      const event = events.get(id)!;
      const behind = event.data.claims.find((claim) => claims.has(claim)) ?? claimId;
      nodes.push({ key: target, date: event.data.date, outlet: words(language).charts.trail.notSeen(event.data.title), says: says(behind), repeats: null, named: true, change: null, href: paths.claim(behind) });
    } else {
      const source = sources.get(id)!;
      const cited = records.claims.find((claim) => claim.id === claimId && claim.data.sources.some((use) => use.source === id)) ?? records.claims.find((claim) => claim.data.sources.some((use) => use.source === id)) ?? claims.get(claimId)!;
      nodes.push({ key: target, date: source.data.published, outlet: source.data.publisher, says: says(cited.id), repeats: null, named: true, change: null, href: paths.source(id) });
    }
  }
  // Undated outlets go last: nothing places them earlier, and the date check keeps a dated one from repeating them.
  // Dates compare as plain strings: a locale's collation would sort the '~' of an undated row before digits.
  const sortDate = (node: TrailNode) => node.date ?? '~';
  const byDate = (a: TrailNode, b: TrailNode) => (sortDate(a) < sortDate(b) ? -1 : sortDate(a) > sortDate(b) ? 1 : 0);
  return nodes.sort((a, b) => Number(a.repeats !== null) - Number(b.repeats !== null) || byDate(a, b) || compareText(a.outlet, b.outlet) || a.key.localeCompare(b.key));
}

export const trail: ChartKind = {
  name: 'trail',
  doc: 'how one claim travelled: the sources whose `relays` say it or repeat the event it started from, in date order',
  attributes: { claim: { required: true, doc: 'the claim whose journey it draws' } },
  id: (request) => `trail-${request.claim}`,
  problem(request, records) {
    if (!hasId(records.claims, request.claim)) return `<Chart name="trail"> names no claim with the id "${request.claim}"`;
    return trailNodes(records, request.claim!).some((node) => node.repeats !== null) ? null : `<Chart name="trail"> found no source whose relays say "${request.claim}" or repeat an event listing it`;
  },
  build(request, records, language = 'en') {
    const claim = records.claims.find((entry) => entry.id === request.claim)!;
    return buildTrail({ claim: { id: claim.id, statement: claim.data.statement }, nodes: trailNodes(records, claim.id, language) }, trail.id(request), language);
  },
  claims: (request, records) => uniqueInOrder(trailNodes(records, request.claim!).map((node) => node.says.id)),
};
