/**
 * The link-preview card of an article (1200 × 630, the Open Graph size): the site, the title, and the article's
 * claims by status in the site's status grammar. An SVG string, rasterised with the chart exporter.
 */
import { STATUS_ENCODING } from '../../charts/encoding';
import { CHART_FONT, escapeXml } from '../../charts/render';
import { textWidth, wrapClamped } from '../../charts/text';
import type { Status } from '../../schemas';
import { SITE } from '../site';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export function articleCard(title: string, counts: { status: Status; count: number }[]): string {
  const lines = wrapClamped(title, OG_WIDTH - 160, 60, 4);
  const total = counts.reduce((sum, entry) => sum + entry.count, 0) || 1;
  const barWidth = OG_WIDTH - 160;
  let x = 80;
  const segments: string[] = [];
  const legend: string[] = [];
  let legendX = 80;
  counts.forEach((entry) => {
    const width = (entry.count / total) * barWidth;
    const encoding = STATUS_ENCODING[entry.status];
    const fill = encoding.fill === 'solid' ? '#000' : encoding.fill === 'hatch' ? 'url(#hatch)' : encoding.fill === 'crosshatch' ? 'url(#cross)' : '#fff';
    segments.push(`<rect x="${x.toFixed(1)}" y="470" width="${width.toFixed(1)}" height="40" fill="${fill}" stroke="#000" stroke-width="3"${encoding.dash ? ' stroke-dasharray="10 6"' : ''}/>`);
    if (encoding.strike) segments.push(`<line x1="${x.toFixed(1)}" y1="490" x2="${(x + width).toFixed(1)}" y2="490" stroke="#000" stroke-width="4"/>`);
    const label = `${entry.count} ${encoding.label.toLowerCase()}`;
    legend.push(`<text x="${legendX.toFixed(1)}" y="560" font-size="26">${escapeXml(label)}</text>`);
    legendX += textWidth(label, 26) + 30;
    x += width;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${CHART_FONT}">` +
    '<defs><pattern id="hatch" width="12" height="12" patternUnits="userSpaceOnUse"><path d="M-2 2L2 -2M0 12L12 0M10 14L14 10" stroke="#000" stroke-width="2"/></pattern>' +
    '<pattern id="cross" width="12" height="12" patternUnits="userSpaceOnUse"><path d="M-2 2L2 -2M0 12L12 0M10 14L14 10M-2 10L2 14M0 0L12 12M10 -2L14 2" stroke="#000" stroke-width="2"/></pattern></defs>' +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#fdfcf9"/><rect x="0" y="0" width="${OG_WIDTH}" height="14" fill="#000"/>` +
    `<text x="80" y="95" font-size="30" font-weight="bold">${escapeXml(SITE.title)}</text>` +
    `<text font-size="60" font-weight="bold">${lines.map((line, i) => `<tspan x="80" y="${200 + i * 70}">${escapeXml(line)}</tspan>`).join('')}</text>` +
    `${segments.join('')}${legend.join('')}</svg>`
  );
}
