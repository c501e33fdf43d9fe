/**
 * The link-preview card of an article (1200 × 630, the Open Graph size): the site, the title, and the article's
 * claims by status in the site's status grammar. An SVG string, rasterised with the chart exporter.
 */
import { words } from '../i18n';
import { statusCount } from './legend';
import { CHART_FONT, escapeXml, statusPaint, statusPatterns, strike } from './render';
import { textWidth, wrapClamped } from './text';
import type { Status } from '../schemas';
import type { Language } from '../schemas/language';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The card of an article in a language: the site's title and the counts by status in its words. */
export function articleCard(title: string, counts: { status: Status; count: number }[], language: Language = 'en'): string {
  const lines = wrapClamped(title, OG_WIDTH - 160, 60, 4);
  const total = counts.reduce((sum, entry) => sum + entry.count, 0) || 1;
  const barWidth = OG_WIDTH - 160;
  let x = 80;
  const segments: string[] = [];
  const legend: string[] = [];
  let legendX = 80;
  counts.forEach((entry) => {
    const width = (entry.count / total) * barWidth;
    // The status grammar of the charts at twice their scale, in black ink on the card's paper.
    segments.push(`<rect x="${x.toFixed(1)}" y="470" width="${width.toFixed(1)}" height="40"${statusPaint(entry.status, 'card', 3, 3)}/>`, strike(entry.status, x, 470, width, 40, 4));
    const label = statusCount(entry.count, entry.status, language);
    legend.push(`<text x="${legendX.toFixed(1)}" y="560" font-size="26">${escapeXml(label)}</text>`);
    legendX += textWidth(label, 26) + 30;
    x += width;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${CHART_FONT}" color="#000000">` +
    `<defs>${statusPatterns('card', 2)}</defs>` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#fdfcf9"/><rect x="0" y="0" width="${OG_WIDTH}" height="14" fill="#000"/>` +
    `<text x="80" y="95" font-size="30" font-weight="bold">${escapeXml(words(language).charts.card.site)}</text>` +
    `<text font-size="60" font-weight="bold">${lines.map((line, i) => `<tspan x="80" y="${200 + i * 70}">${escapeXml(line)}</tspan>`).join('')}</text>` +
    `${segments.join('')}${legend.join('')}</svg>`
  );
}
