import { words } from '../../i18n';
import { wrapText } from '../text';
import { legendFor } from '../legend';
import { statusLabel } from '../encoding';
import { MIN_TEXT, NARROW, WIDE, type ChartDrawing, type ChartSpec, type Mark } from '../spec';
import type { Status } from '../../schemas';
import type { Language } from '../../schemas/language';
import { pathsIn } from '../../lib/paths';
import { claimRow, hasId, type ChartKind } from '../kind';

export interface AttributionInput {
  claim: { id: string; statement: string; status: Status; href: string };
  /** The chain outermost first. `role` is the reader-facing role label ("Published by", "citing", …). */
  links: { role: string; party: string; named: boolean; href: string | null }[];
}

const LINE = 16;

/** Attribution chain: who says the claim, citing whom, outermost first; unnamed parties in dashed boxes. */
export function buildAttribution(input: AttributionInput, language: Language = 'en'): ChartSpec {
  const text = words(language).charts.attribution;
  const unnamed = input.links.filter((link) => !link.named).length;
  const chain = input.links.map((link) => `${link.role.toLowerCase()} ${link.named ? link.party : text.unnamedParty(link.party)}`).join(', ');
  return {
    id: `attribution-${input.claim.id}`,
    kind: 'attribution',
    title: text.title(input.claim.statement),
    caption: text.caption,
    summary: text.summary(input.links.length, unnamed, chain, statusLabel(input.claim.status, language)),
    sourceLine: text.sourceLine,
    legend: legendFor([input.claim.status], language),
    table: {
      columns: [text.columns.link, text.columns.role, text.columns.party, text.columns.named],
      rows: input.links.map((link, i) => ({ cells: [String(i + 1), link.role, link.party, link.named ? text.named : text.unnamed], status: null, href: link.href })),
    },
    layouts: { wide: horizontal(input, WIDE, language), narrow: vertical(input, NARROW, language) },
  };
}

/** The text inside one party's box: role, then the party, with "Unnamed:" before an unnamed one. */
function boxLines(link: AttributionInput['links'][number], width: number, language: Language): { role: string; party: string[] } {
  return { role: link.role, party: wrapText(link.named ? link.party : `${words(language).chain.unnamed} ${link.party}`, width - 16, MIN_TEXT + 1) };
}

function statusLine(input: AttributionInput, y: number, width: number, language: Language): Mark[] {
  const text = wrapText(words(language).charts.attribution.status(statusLabel(input.claim.status, language)), width - 26, MIN_TEXT + 1);
  return [
    { type: 'status-rect', x: 0, y, width: 18, height: 18, status: input.claim.status, row: null },
    { type: 'text', x: 26, y: y + 14, lines: text, size: MIN_TEXT + 1, weight: 'bold', anchor: 'start', leading: LINE },
  ];
}

function horizontal(input: AttributionInput, width: number, language: Language): ChartDrawing {
  const arrow = 26;
  const count = input.links.length;
  const boxWidth = (width - arrow * (count - 1)) / count;
  const contents = input.links.map((link) => boxLines(link, boxWidth, language));
  const boxHeight = 30 + Math.max(...contents.map((content) => content.party.length)) * LINE;
  const marks: Mark[] = [];
  input.links.forEach((link, i) => {
    const x = i * (boxWidth + arrow);
    const content = contents[i]!;
    marks.push({ type: 'box', x, y: 0, width: boxWidth, height: boxHeight, dashed: !link.named, row: i });
    marks.push({ type: 'text', x: x + 8, y: 18, lines: wrapText(content.role, boxWidth - 16, MIN_TEXT), size: MIN_TEXT, weight: 'normal', anchor: 'start', leading: LINE });
    marks.push({ type: 'text', x: x + 8, y: 38, lines: content.party, size: MIN_TEXT + 1, weight: 'bold', anchor: 'start', leading: LINE });
    if (i < count - 1) marks.push({ type: 'line', x1: x + boxWidth + 3, y1: boxHeight / 2, x2: x + boxWidth + arrow - 3, y2: boxHeight / 2, dash: null, arrow: true });
  });
  marks.push(...statusLine(input, boxHeight + 16, width, language));
  return { width, height: boxHeight + 40, marks };
}

function vertical(input: AttributionInput, width: number, language: Language): ChartDrawing {
  const arrow = 24;
  const marks: Mark[] = [];
  let y = 0;
  input.links.forEach((link, i) => {
    const content = boxLines(link, width, language);
    const height = 30 + content.party.length * LINE;
    marks.push({ type: 'box', x: 0, y, width, height, dashed: !link.named, row: i });
    marks.push({ type: 'text', x: 8, y: y + 18, lines: [content.role], size: MIN_TEXT, weight: 'normal', anchor: 'start', leading: LINE });
    marks.push({ type: 'text', x: 8, y: y + 38, lines: content.party, size: MIN_TEXT + 1, weight: 'bold', anchor: 'start', leading: LINE });
    y += height;
    if (i < input.links.length - 1) {
      marks.push({ type: 'line', x1: width / 2, y1: y + 3, x2: width / 2, y2: y + arrow - 3, dash: null, arrow: true });
      y += arrow;
    }
  });
  const status = statusLine(input, y + 16, width, language);
  marks.push(...status);
  const lines = (status[1] as Extract<Mark, { type: 'text' }>).lines.length;
  return { width, height: y + 24 + lines * LINE, marks };
}

export const attribution: ChartKind = {
  name: 'attribution',
  doc: 'the attribution chain of one claim',
  attributes: { claim: { required: true, doc: 'the claim whose chain it draws' } },
  id: (request) => `attribution-${request.claim}`,
  problem: (request, records) => (hasId(records.claims, request.claim) ? null : `<Chart name="attribution"> names no claim with the id "${request.claim}"`),
  build(request, records, language = 'en') {
    const text = words(language);
    const actors = new Map(records.actors.map((actor) => [actor.id, actor]));
    const claim = records.claims.find((entry) => entry.id === request.claim)!;
    const links = claim.data.attribution.map((link) => {
      const actor = link.actor ? actors.get(link.actor) : undefined;
      const party = link.named ? actor!.data.name : `${link.description ?? text.charts.attribution.undescribed}${actor ? ` (${text.chain.within} ${actor.data.name})` : ''}`;
      return { role: text.role[link.role], party, named: link.named, href: actor ? pathsIn(language).actor(actor.id) : null };
    });
    return buildAttribution({ claim: claimRow(claim, language), links }, language);
  },
  claims: (request) => [request.claim!],
};
