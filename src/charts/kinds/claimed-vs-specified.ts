import { words } from '../../i18n';
import { legendFor, statusCell } from '../legend';
import { wrapText } from '../text';
import { MIN_TEXT, NARROW, WIDE, type ChartDrawing, type ChartSpec, type Mark } from '../spec';
import { pathsIn } from '../../lib/paths';
import { uniqueInOrder, type WithId } from '../../lib/evidence/relations';
import type { Actor, Claim, Status } from '../../schemas';
import type { Language } from '../../schemas/language';
import { creditLine, figuresOf, measureSlug, type ChartKind } from '../kind';

export interface ComparisonInput {
  measure: string;
  unit: string;
  /** One entry per figure of the measure; the documented one is the reference the others are measured against. */
  figures: { claimId: string; who: string; value: number; qualifier: string | null; status: Status; href: string }[];
  sourceLine: string;
}

const LINE = 16;

/** Formats a number the way the records give it, without trailing zeros. */
const number = (value: number) => String(Math.round(value * 1000) / 1000);

/** "0.3 kg (11%) more than the documented figure". */
function gapLabel(value: number, reference: number, unit: string, language: Language): string {
  const text = words(language).charts.comparison;
  if (value === reference) return text.same;
  const difference = Math.abs(value - reference);
  const percent = reference === 0 ? '' : ` (${Math.round((difference / reference) * 100)}%)`;
  return text.gap(`${number(difference)} ${unit}${percent}`, value > reference);
}

/**
 * Claimed vs specified: each stated figure of one measure as a bar marked by its claim's status, against the
 * documented figure, with the gap labelled.
 */
export function buildComparison(input: ComparisonInput, id: string, language: Language = 'en'): ChartSpec {
  const text = words(language).charts.comparison;
  const reference = input.figures.find((figure) => figure.status === 'documented') ?? null;
  const figureOf = (value: number) => `${number(value)} ${input.unit}`;
  const gap = (value: number, against: number) => gapLabel(value, against, input.unit, language);
  const rows = input.figures.map((figure) => ({
    cells: [figure.who, figureOf(figure.value), figure.qualifier ?? '', reference && figure !== reference ? gap(figure.value, reference.value) : figure === reference ? text.documentedFigure : '', statusCell(figure.status, language)],
    status: figure.status,
    href: figure.href,
  }));
  const others = input.figures.filter((figure) => figure !== reference);
  const summary = reference
    ? `${text.reference(reference.who, figureOf(reference.value))} ${others.map((figure) => text.other(figure.who, figureOf(figure.value), gap(figure.value, reference.value), words(language).charts.statusWord[figure.status].one)).join('; ')}.`
    : `${input.figures.map((figure) => text.gives(figure.who, figureOf(figure.value))).join('; ')}. ${text.noneDocumented}`;
  return {
    id,
    kind: 'comparison',
    title: text.title(input.measure),
    caption: text.caption,
    summary,
    sourceLine: input.sourceLine,
    legend: legendFor(input.figures.map((figure) => figure.status), language),
    table: { columns: [text.columns.who, text.columns.figure, text.columns.condition, text.columns.against, text.columns.status], rows },
    layouts: { wide: layout(input, reference, WIDE, 170, language), narrow: layout(input, reference, NARROW, 0, language) },
  };
}

/** Wide: who states it to the left of each bar. Narrow: above it, so the bars keep the width. */
function layout(input: ComparisonInput, reference: ComparisonInput['figures'][number] | null, width: number, labelWidth: number, language: Language): ChartDrawing {
  const valueSpace = 70;
  const barLeft = labelWidth === 0 ? 0 : labelWidth + 10;
  const barSpace = width - barLeft - valueSpace;
  const most = Math.max(...input.figures.map((figure) => figure.value), 0) || 1;
  const scale = (value: number) => (value / most) * barSpace;
  const marks: Mark[] = [];
  let y = 0;
  const top = y;
  input.figures.forEach((figure, i) => {
    const label = wrapText(`${figure.who}${figure.qualifier ? ` (${figure.qualifier})` : ''}`, labelWidth === 0 ? width : labelWidth, MIN_TEXT + 1);
    if (labelWidth === 0) {
      marks.push({ type: 'text', x: 0, y: y + 13, lines: label, size: MIN_TEXT + 1, weight: 'bold', anchor: 'start', leading: LINE });
      y += label.length * LINE + 2;
    } else {
      marks.push({ type: 'text', x: 0, y: y + 16, lines: label, size: MIN_TEXT + 1, weight: 'bold', anchor: 'start', leading: LINE });
    }
    const barWidth = Math.max(2, scale(figure.value));
    marks.push({ type: 'status-rect', x: barLeft, y: y + 2, width: barWidth, height: 20, status: figure.status, row: i });
    marks.push({ type: 'text', x: barLeft + barWidth + 6, y: y + 17, lines: [`${number(figure.value)} ${input.unit}`], size: MIN_TEXT + 1, weight: 'bold', anchor: 'start', leading: LINE });
    y += 26;
    if (reference && figure !== reference) {
      const gap = wrapText(gapLabel(figure.value, reference.value, input.unit, language), width - barLeft, MIN_TEXT);
      marks.push({ type: 'text', x: barLeft, y: y + 10, lines: gap, size: MIN_TEXT, weight: 'normal', anchor: 'start', leading: 14 });
      y += gap.length * 14 + 2;
    }
    y += labelWidth === 0 ? 12 : Math.max(8, (label.length - 1) * LINE);
  });
  if (reference) {
    const x = barLeft + scale(reference.value);
    marks.push({ type: 'line', x1: x, y1: top - 4, x2: x, y2: y, dash: null, arrow: false });
    marks.push({ type: 'text', x, y: y + 14, lines: [words(language).charts.comparison.rule(`${number(reference.value)} ${input.unit}`)], size: MIN_TEXT, weight: 'normal', anchor: x > width - 90 ? 'end' : 'middle', leading: 14 });
    y += 20;
  }
  return { width, height: y, marks };
}

/** Who states a claim, for chart labels: the speaker, else the outermost named party of its chain. */
function whoStates(claim: WithId<Claim>, actors: Map<string, WithId<Actor>>, language: Language): string {
  const id = claim.data.speaker ?? claim.data.attribution.find((link) => link.named && link.actor)?.actor;
  return (id && actors.get(id)?.data.name) ?? words(language).charts.comparison.unnamedSource;
}

export const claimedVsSpecified: ChartKind = {
  name: 'claimed-vs-specified',
  doc: 'every figure of one measure against the documented one',
  attributes: { measure: { required: true, doc: 'the measure whose figures it compares' } },
  id: (request) => `claimed-vs-specified-${measureSlug(request.measure ?? '')}`,
  problem(request, records) {
    const figures = figuresOf(records, request.measure!);
    if (figures.length < 2) return `<Chart name="claimed-vs-specified"> needs at least two figures with the measure "${request.measure}"; found ${figures.length}`;
    if (!figures.some(({ claim }) => claim.data.status === 'documented')) return `<Chart name="claimed-vs-specified"> needs a documented figure of "${request.measure}" to compare against`;
    return null;
  },
  build(request, records, language = 'en') {
    const actors = new Map(records.actors.map((actor) => [actor.id, actor]));
    const figures = figuresOf(records, request.measure!);
    return buildComparison(
      {
        measure: request.measure!,
        unit: figures[0]!.figure.unit,
        figures: figures.map(({ claim, figure }) => ({ claimId: claim.id, who: whoStates(claim, actors, language), value: figure.value, qualifier: figure.qualifier ?? null, status: claim.data.status, href: pathsIn(language).claim(claim.id) })),
        sourceLine: creditLine(figures.map(({ claim }) => claim), records.sources, language),
      },
      claimedVsSpecified.id(request),
      language,
    );
  },
  claims: (request, records) => uniqueInOrder(figuresOf(records, request.measure!).map(({ claim }) => claim.id)),
};
