import { words } from '../../i18n';
import { statusLabel } from '../encoding';
import { countByStatus, describeCounts, legendFor, statusCell } from '../legend';
import { MIN_TEXT, NARROW, WIDE, type ChartDrawing, type ChartSpec, type Mark } from '../spec';
import type { Status } from '../../schemas';
import type { Language } from '../../schemas/language';
import { articleClaimIds } from '../../lib/content/mdx';
import { claimRow, hasId, type ChartKind, type ChartRecords } from '../kind';

export interface AnatomyInput {
  article: { id: string; title: string };
  /** The article's claims in reading order, each once. */
  claims: { id: string; statement: string; status: Status; href: string }[];
}

const TOTAL_LABEL_WIDTH = { wide: 110, narrow: 100 };

/**
 * Anatomy of a report: every claim of an article in reading order, one square each, marked by its status;
 * below, the total per status.
 */
export function buildAnatomy(input: AnatomyInput, language: Language = 'en'): ChartSpec {
  const text = words(language).charts.anatomy;
  const counts = countByStatus(input.claims.map((claim) => claim.status));
  const rows = input.claims.map((claim, i) => ({ cells: [String(i + 1), claim.statement, statusCell(claim.status, language)], status: claim.status, href: claim.href }));
  const drawing = (width: number, size: number, labelWidth: number) => layout(input, counts, width, size, labelWidth, language);
  return {
    id: `anatomy-${input.article.id}`,
    kind: 'anatomy',
    title: text.title(input.article.title),
    caption: text.caption,
    summary: text.summary(input.claims.length, describeCounts(counts, language)),
    sourceLine: text.sourceLine,
    legend: legendFor(input.claims.map((claim) => claim.status), language),
    table: { columns: [text.columns.number, text.columns.claim, text.columns.status], rows },
    layouts: { wide: drawing(WIDE, 24, TOTAL_LABEL_WIDTH.wide), narrow: drawing(NARROW, 22, TOTAL_LABEL_WIDTH.narrow) },
  };
}

function layout(input: AnatomyInput, counts: { status: Status; count: number }[], width: number, size: number, labelWidth: number, language: Language): ChartDrawing {
  const gap = 4;
  const perRow = Math.floor((width + gap) / (size + gap));
  const rowHeight = size + 20;
  const marks: Mark[] = [];
  input.claims.forEach((claim, i) => {
    const x = (i % perRow) * (size + gap);
    const y = Math.floor(i / perRow) * rowHeight;
    marks.push({ type: 'status-rect', x, y, width: size, height: size, status: claim.status, row: i });
    // Number the first claim and every fifth, so a reader can find a claim in the table.
    if (i === 0 || (i + 1) % 5 === 0) marks.push({ type: 'text', x: x + size / 2, y: y + size + 14, lines: [String(i + 1)], size: MIN_TEXT, weight: 'normal', anchor: 'middle', leading: 14 });
  });
  let y = Math.ceil(input.claims.length / perRow) * rowHeight + 16;
  marks.push({ type: 'text', x: 0, y, lines: [words(language).charts.anatomy.total], size: MIN_TEXT + 1, weight: 'bold', anchor: 'start', leading: 16 });
  y += 10;
  const most = Math.max(1, ...counts.map((entry) => entry.count));
  const barSpace = width - labelWidth - 30;
  for (const { status, count } of counts) {
    const barWidth = Math.max(2, (count / most) * barSpace);
    marks.push({ type: 'text', x: 0, y: y + 14, lines: [statusLabel(status, language)], size: MIN_TEXT, weight: 'normal', anchor: 'start', leading: 14 });
    marks.push({ type: 'status-rect', x: labelWidth, y: y + 2, width: barWidth, height: 16, status, row: null });
    marks.push({ type: 'text', x: labelWidth + barWidth + 6, y: y + 14, lines: [String(count)], size: MIN_TEXT, weight: 'bold', anchor: 'start', leading: 14 });
    y += 24;
  }
  return { width, height: y, marks };
}

/** The claims an article refers to, in reading order, once each. */
function articleClaims(records: ChartRecords, articleId: string): string[] {
  const article = records.articles.find((entry) => entry.id === articleId)!;
  return articleClaimIds(article.body);
}

export const anatomy: ChartKind = {
  name: 'anatomy',
  doc: 'every claim of an article in reading order',
  attributes: { article: { required: true, doc: 'the article whose claims it draws' } },
  id: (request) => `anatomy-${request.article}`,
  problem: (request, records) => (hasId(records.articles, request.article) ? null : `<Chart name="anatomy"> names no article with the id "${request.article}"`),
  build(request, records, language = 'en') {
    const article = records.articles.find((entry) => entry.id === request.article)!;
    const claims = new Map(records.claims.map((claim) => [claim.id, claim]));
    return buildAnatomy({ article: { id: article.id, title: article.data.title }, claims: articleClaims(records, article.id).map((id) => claimRow(claims.get(id)!, language)) }, language);
  },
  claims: (request, records) => articleClaims(records, request.article!),
};
