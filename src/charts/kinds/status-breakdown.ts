import { words } from '../../i18n';
import { compareText } from '../../lib/format';
import { STATUSES, type Status } from '../../schemas';
import type { Language } from '../../schemas/language';
import { statusLabel } from '../encoding';
import { legendFor } from '../legend';
import { wrapText } from '../text';
import { MIN_TEXT, NARROW, WIDE, type ChartDrawing, type ChartSpec, type Mark } from '../spec';
import { pathsIn } from '../../lib/paths';
import { articleClaimIds } from '../../lib/content/mdx';
import { uniqueInOrder } from '../../lib/evidence/relations';
import type { ChartKind, ChartRecords } from '../kind';

export interface BreakdownInput {
  /** What the groups are: the claims of each article, or the claims in which each actor is a link. */
  by: 'article' | 'actor';
  groups: { id: string; label: string; href: string; statuses: Status[] }[];
}

const LINE = 16;

/** Status breakdown: for each article or party, its claims split by status, with the documented share. */
export function buildBreakdown(input: BreakdownInput, language: Language = 'en'): ChartSpec {
  const text = words(language).charts.breakdown;
  const copy = text[input.by];
  const rows = input.groups.map((group) => ({
    cells: [group.label, String(group.statuses.length), ...STATUSES.map((status) => String(group.statuses.filter((s) => s === status).length))],
    status: null,
    href: group.href,
  }));
  const documentedShare = (group: BreakdownInput['groups'][number]) => text.share(group.statuses.filter((s) => s === 'documented').length, group.statuses.length);
  return {
    id: `status-by-${input.by}`,
    kind: 'breakdown',
    title: copy.title,
    caption: copy.caption,
    summary: text.summary(copy.group, copy.noun, input.groups.map((group) => `${group.label}, ${documentedShare(group)}`).join('; ')),
    sourceLine: text.sourceLine,
    legend: legendFor(input.groups.flatMap((group) => group.statuses), language),
    table: { columns: [copy.column, text.claims, ...STATUSES.map((status) => statusLabel(status, language))], rows },
    layouts: { wide: layout(input, WIDE, 200, documentedShare), narrow: layout(input, NARROW, 0, documentedShare) },
  };
}

function layout(input: BreakdownInput, width: number, labelWidth: number, share: (group: BreakdownInput['groups'][number]) => string): ChartDrawing {
  const barLeft = labelWidth === 0 ? 0 : labelWidth + 10;
  const shareWidth = 130;
  const barSpace = width - barLeft - (labelWidth === 0 ? 0 : shareWidth);
  const most = Math.max(1, ...input.groups.map((group) => group.statuses.length));
  const marks: Mark[] = [];
  let y = 0;
  input.groups.forEach((group, i) => {
    const label = wrapText(group.label, labelWidth === 0 ? width : labelWidth, MIN_TEXT + 1);
    if (labelWidth === 0) {
      marks.push({ type: 'text', x: 0, y: y + 13, lines: label, size: MIN_TEXT + 1, weight: 'bold', anchor: 'start', leading: LINE });
      y += label.length * LINE + 2;
    } else {
      marks.push({ type: 'text', x: 0, y: y + 15, lines: label, size: MIN_TEXT + 1, weight: 'bold', anchor: 'start', leading: LINE });
    }
    let x = barLeft;
    for (const status of STATUSES) {
      const count = group.statuses.filter((s) => s === status).length;
      if (count === 0) continue;
      const segment = (count / most) * barSpace;
      marks.push({ type: 'status-rect', x, y: y + 2, width: segment, height: 18, status, row: i });
      x += segment;
    }
    if (labelWidth === 0) {
      marks.push({ type: 'text', x: 0, y: y + 36, lines: [share(group)], size: MIN_TEXT, weight: 'normal', anchor: 'start', leading: LINE });
      y += 50;
    } else {
      marks.push({ type: 'text', x: x + 8, y: y + 15, lines: [share(group)], size: MIN_TEXT, weight: 'normal', anchor: 'start', leading: LINE });
      y += Math.max(30, label.length * LINE + 12);
    }
  });
  return { width, height: y, marks };
}

/** The claims of each explainer, in reading order. */
function explainers(records: ChartRecords) {
  return records.articles.filter((article) => article.data.kind === 'explainer').map((article) => ({ article, claims: articleClaimIds(article.body) }));
}

/** Parties named in at least this many chains get a bar: fewer would make a share that says little. */
const MIN_CHAINS = 3;

export const statusBreakdown: ChartKind = {
  name: 'status-breakdown',
  doc: 'the claims of each article or party, split by status',
  attributes: { by: { required: true, doc: '`article` or `actor`' } },
  id: (request) => `status-by-${request.by}`,
  problem: (request) => (request.by === 'article' || request.by === 'actor' ? null : '<Chart name="status-breakdown"> needs by="article" or by="actor"'),
  build(request, records, language = 'en') {
    const paths = pathsIn(language);
    const claims = new Map(records.claims.map((claim) => [claim.id, claim]));
    if (request.by === 'article') {
      const groups = explainers(records)
        .map(({ article, claims: ids }) => ({ id: article.id, label: article.data.title, href: paths.article(article.id, 'explainer'), statuses: ids.map((id) => claims.get(id)!.data.status) }))
        .sort((a, b) => b.statuses.length - a.statuses.length || compareText(a.label, b.label));
      return buildBreakdown({ by: 'article', groups }, language);
    }
    const actors = new Map(records.actors.map((actor) => [actor.id, actor]));
    const byActor = new Map<string, Status[]>();
    for (const claim of records.claims) {
      for (const id of new Set(claim.data.attribution.filter((link) => link.named && link.actor).map((link) => link.actor!))) {
        byActor.set(id, [...(byActor.get(id) ?? []), claim.data.status]);
      }
    }
    const groups = [...byActor]
      .filter(([, statuses]) => statuses.length >= MIN_CHAINS)
      .map(([id, statuses]) => ({ id, label: actors.get(id)!.data.name, href: paths.actor(id), statuses }))
      .sort((a, b) => b.statuses.length - a.statuses.length || compareText(a.label, b.label));
    return buildBreakdown({ by: 'actor', groups }, language);
  },
  claims: (request, records) =>
    request.by === 'article'
      ? uniqueInOrder(explainers(records).flatMap(({ claims }) => claims))
      : records.claims.filter((claim) => claim.data.attribution.some((link) => link.named && link.actor)).map((claim) => claim.id),
};
