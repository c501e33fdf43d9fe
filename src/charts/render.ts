import { csvFormatRows } from 'd3';
import { STATUS_ENCODING } from './encoding';
import { wrapText } from './text';
import type { ChartDrawing, ChartSpec, LegendItem, Mark } from './spec';
import { MIN_TEXT } from './spec';

/** The sans-serif stack of every chart; the first face is the one bundled for the PNG exports. */
export const CHART_FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';

export type Layout = 'wide' | 'narrow';

export interface RenderOptions {
  /**
   * A standalone SVG is a download: it carries its own title, source line, white background and black ink, and
   * needs no page, font or stylesheet. An inline SVG takes the page's ink colour (light, dark and print).
   */
  standalone: boolean;
}

const LEGEND_SWATCH = 14;
const LEGEND_GAP = 18;
const PAD = 4;

/** Escapes text for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Renders one layout of a chart as an SVG string. Every id inside is prefixed, so several charts share a page. */
export function renderChartSvg(spec: ChartSpec, layout: Layout, options: RenderOptions): string {
  const drawing = spec.layouts[layout];
  const prefix = `chart-${spec.id}-${layout}${options.standalone ? '-file' : ''}`;
  const parts: string[] = [];
  let y = 0;
  if (options.standalone) {
    const title = text({ type: 'text', x: 0, y: 18, lines: wrapText(spec.title, drawing.width, 16), size: 16, weight: 'bold', anchor: 'start', leading: 20 });
    parts.push(title.svg);
    y = title.bottom + 10;
  }
  const legend = renderLegend(spec.legend, drawing.width, y, prefix);
  parts.push(legend.svg);
  y = legend.bottom + 12;
  parts.push(`<g transform="translate(0 ${round(y)})">${drawing.marks.map((mark) => renderMark(mark, prefix, options.standalone)).join('')}</g>`);
  y += drawing.height;
  if (options.standalone) {
    const source = text({ type: 'text', x: 0, y: y + 20, lines: wrapText(spec.sourceLine, drawing.width, MIN_TEXT), size: MIN_TEXT, weight: 'normal', anchor: 'start', leading: 16 });
    parts.push(source.svg);
    y = source.bottom;
  }
  const width = drawing.width + 2 * PAD;
  const height = round(y + 2 * PAD);
  // An image's parts are hidden from assistive technology, so a drawing whose shapes are links is a group instead.
  const linked = !options.standalone && drawing.marks.some((mark) => mark.type === 'status-path' && mark.href !== null);
  const colour = options.standalone ? ' color="#000000"' : '';
  const background = options.standalone ? `<rect x="${-PAD}" y="${-PAD}" width="${width}" height="${height}" fill="#ffffff"/>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg chart-${layout}" viewBox="${-PAD} ${-PAD} ${width} ${height}" width="${width}" height="${height}"` +
    ` role="${linked ? 'group' : 'img'}" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${escapeXml(CHART_FONT)}"${colour}>` +
    `<title id="${prefix}-title">${escapeXml(spec.title)}</title><desc id="${prefix}-desc">${escapeXml(spec.summary)}</desc>` +
    `${definitions(prefix)}${background}${parts.join('')}</svg>`
  );
}

/** Hatching patterns and the arrowhead, once per SVG. Lines use currentColor, so they follow the ink. */
function definitions(prefix: string): string {
  return (
    `<defs>${statusPatterns(prefix)}` +
    `<marker id="${prefix}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
    '<path d="M0 0L10 5L0 10z" fill="currentColor"/></marker></defs>'
  );
}

/**
 * The hatching and cross-hatching a status fill refers to (`url(#<prefix>-hatch)`), drawn `scale` times the size
 * charts use: every drawing in the status grammar (charts, link-preview cards) takes its patterns from here.
 */
export function statusPatterns(prefix: string, scale = 1): string {
  const size = 6 * scale;
  const line = (x1: number, y1: number, x2: number, y2: number) => `M${x1 * scale} ${y1 * scale}L${x2 * scale} ${y2 * scale}`;
  const rising = line(-1, 1, 1, -1) + line(0, 6, 6, 0) + line(5, 7, 7, 5);
  const falling = line(-1, 5, 1, 7) + line(0, 0, 6, 6) + line(5, -1, 7, 1);
  const pattern = (name: string, d: string) => `<pattern id="${prefix}-${name}" width="${size}" height="${size}" patternUnits="userSpaceOnUse"><path d="${d}" stroke="currentColor" stroke-width="${scale}"/></pattern>`;
  return pattern('hatch', rising) + pattern('cross', rising + falling);
}

/** A status drawn in a box, by the one grammar: solid, hatched, dashed outline, cross-hatched, struck through. */
function statusShape(x: number, y: number, width: number, height: number, status: LegendItem['status'], prefix: string): string {
  const box = `x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}"`;
  if (status === null) {
    // No graded claim: a rounded outline, told apart from every status by its shape and its legend label.
    const radius = round(Math.min(width, height) / 2);
    return `<rect ${box} rx="${radius}" fill="none" stroke="currentColor" stroke-width="1.5"/>`;
  }
  return `<rect ${box}${statusPaint(status, prefix, 1.5)}/>${strike(status, x, y, width, height)}`;
}

/** Fill, outline and dash of a status, as attributes; a dash is drawn `scale` times the size charts use. */
export function statusPaint(status: NonNullable<LegendItem['status']>, prefix: string, strokeWidth: number, scale = 1): string {
  const encoding = STATUS_ENCODING[status];
  const fill = encoding.fill === 'solid' ? 'currentColor' : encoding.fill === 'hatch' ? `url(#${prefix}-hatch)` : encoding.fill === 'crosshatch' ? `url(#${prefix}-cross)` : 'none';
  const dash = encoding.dash ? ` stroke-dasharray="${encoding.dash.split(' ').map((part) => Number(part) * scale).join(' ')}"` : '';
  return ` fill="${fill}" stroke="currentColor" stroke-width="${strokeWidth}"${dash}`;
}

/** The line through the middle of a contradicted mark. */
export function strike(status: NonNullable<LegendItem['status']>, x: number, y: number, width: number, height: number, strokeWidth = 2): string {
  if (!STATUS_ENCODING[status].strike) return '';
  return `<line x1="${round(x)}" y1="${round(y + height / 2)}" x2="${round(x + width)}" y2="${round(y + height / 2)}" stroke="currentColor" stroke-width="${strokeWidth}"/>`;
}

function renderLegend(items: LegendItem[], width: number, top: number, prefix: string): { svg: string; bottom: number } {
  const parts: string[] = [];
  let x = 0;
  let y = top;
  for (const item of items) {
    const itemWidth = LEGEND_SWATCH + 6 + item.label.length * MIN_TEXT * 0.6;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += LEGEND_SWATCH + 8;
    }
    parts.push(statusShape(x + 1, y + 1, LEGEND_SWATCH - 2, LEGEND_SWATCH - 2, item.status, prefix));
    parts.push(`<text x="${round(x + LEGEND_SWATCH + 6)}" y="${round(y + LEGEND_SWATCH - 2)}" font-size="${MIN_TEXT}" fill="currentColor">${escapeXml(item.label)}</text>`);
    x += itemWidth + LEGEND_GAP;
  }
  return { svg: `<g class="chart-legend">${parts.join('')}</g>`, bottom: items.length > 0 ? y + LEGEND_SWATCH : top };
}

function text(mark: Extract<Mark, { type: 'text' }>): { svg: string; bottom: number } {
  const weight = mark.weight === 'bold' ? ' font-weight="bold"' : '';
  const anchor = mark.anchor === 'start' ? '' : ` text-anchor="${mark.anchor}"`;
  const lines = mark.lines.map((line, i) => `<tspan x="${round(mark.x)}" y="${round(mark.y + i * mark.leading)}">${escapeXml(line)}</tspan>`).join('');
  return { svg: `<text font-size="${mark.size}"${weight}${anchor} fill="currentColor">${lines}</text>`, bottom: mark.y + (mark.lines.length - 1) * mark.leading + mark.size * 0.3 };
}

function renderMark(mark: Mark, prefix: string, standalone: boolean): string {
  switch (mark.type) {
    case 'status-path': {
      const [x0, y0, x1, y1] = mark.bounds;
      const shape = `<title>${escapeXml(mark.label)}</title><path d="${mark.d}"${statusPaint(mark.status, prefix, 1)}/>${strike(mark.status, x0, y0, x1 - x0, y1 - y0)}`;
      // Inline, a shape opens its page; a download stands alone, so it links nowhere.
      return mark.href && !standalone ? `<a href="${escapeXml(mark.href)}" aria-label="${escapeXml(mark.label)}">${shape}</a>` : `<g>${shape}</g>`;
    }
    case 'ground':
      if (mark.style === 'tint') return `<path d="${mark.d}" fill="currentColor" fill-opacity="0.12" stroke="none"/>`;
      if (mark.style === 'line') return `<path d="${mark.d}" fill="none" stroke="currentColor" stroke-opacity="0.45" stroke-width="0.5"/>`;
      // White on a download; on a page the stylesheet paints it the page's own paper colour (dark mode too).
      return `<path class="chart-gap" d="${mark.d}" fill="none" stroke="#ffffff" stroke-width="1.2"/>`;
    case 'status-rect':
      return statusShape(mark.x, mark.y, mark.width, mark.height, mark.status, prefix);
    case 'box':
      return `<rect x="${round(mark.x)}" y="${round(mark.y)}" width="${round(mark.width)}" height="${round(mark.height)}" rx="4" fill="none" stroke="currentColor" stroke-width="1.5"${mark.dashed ? ' stroke-dasharray="5 4"' : ''}/>`;
    case 'line':
      return `<line x1="${round(mark.x1)}" y1="${round(mark.y1)}" x2="${round(mark.x2)}" y2="${round(mark.y2)}" stroke="currentColor" stroke-width="1"${mark.dash ? ` stroke-dasharray="${mark.dash}"` : ''}${mark.arrow ? ` marker-end="url(#${prefix}-arrow)"` : ''}/>`;
    case 'text':
      return text(mark).svg;
  }
}

/** The chart's rows as CSV: the table's columns, then exactly the plotted rows, each with its record's address. */
export function chartCsv(spec: ChartSpec, site: string): string {
  const header = [...spec.table.columns, 'Record'];
  const rows = spec.table.rows.map((row) => [...row.cells, row.href ? new URL(row.href, site).href : '']);
  return `${csvFormatRows([header, ...rows])}\n`;
}

/** The drawing's marks that plot table rows, for checks that the picture and the table agree. */
export function plottedRows(drawing: ChartDrawing): Set<number> {
  return new Set(drawing.marks.flatMap((mark) => ('row' in mark && mark.row !== null ? [mark.row] : [])));
}
