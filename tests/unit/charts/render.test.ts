import { describe, expect, test } from 'vitest';
import { chartCsv, escapeXml, renderChartSvg } from '../../../src/charts/render';
import { buildTimeline } from '../../../src/charts/kinds/timeline';
import { svgToPng } from '../../../src/lib/export/png';
import { anatomy, attribution, comparison, series, timeline } from './fixtures';

describe('renderChartSvg', () => {
  test('an inline SVG is an accessible image named by its title and described by its summary', () => {
    const svg = renderChartSvg(comparison, 'wide', { standalone: false });
    expect(svg).toContain('role="img" aria-labelledby="chart-claimed-vs-specified-maximum-payload-of-the-drone-wide-title chart-claimed-vs-specified-maximum-payload-of-the-drone-wide-desc"');
    expect(svg).toContain('<title id="chart-claimed-vs-specified-maximum-payload-of-the-drone-wide-title">Claimed and documented: Maximum payload of the drone</title>');
    expect(svg).toContain(`<desc id="chart-claimed-vs-specified-maximum-payload-of-the-drone-wide-desc">${escapeXml(comparison.summary)}</desc>`);
  });

  test('each status is drawn by its pattern, dash or strike, never by colour', () => {
    const svg = renderChartSvg(anatomy, 'wide', { standalone: false });
    expect(svg).toContain('fill="currentColor" stroke="currentColor"');
    expect(svg).toContain('fill="url(#chart-anatomy-report-wide-hatch)"');
    expect(svg).toContain('stroke-dasharray="3 2"');
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}"/i);
  });

  test('a standalone SVG carries its title, source line, white background and black ink, with no external resources', () => {
    const svg = renderChartSvg(series, 'wide', { standalone: true });
    expect(svg).toContain('color="#000000"');
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('>Drones seized, 2021–2023</tspan>');
    expect(svg).toContain('>Sources: Paper; Ministry.</tspan>');
    expect(svg).not.toMatch(/@import|<link|<style|href="http/);
    expect(svg).toContain('font-family="DejaVu Sans, Verdana, Arial, sans-serif"');
  });

  test('text from records is escaped, so no record can inject markup into a chart', () => {
    const spec = buildTimeline({ scope: null, events: [{ id: 'x', date: '2024-01-01', title: '<script>alert("x")</script> & more', status: null, href: null }] });
    const svg = renderChartSvg(spec, 'wide', { standalone: true });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
  });
});

describe('chartCsv', () => {
  test('a header, then exactly the plotted rows with status and record address, quoted where needed', () => {
    expect(chartCsv(series, 'https://example.org/')).toBe(
      'Period,Value (drones),Sources,Status,Record\n2021,9,Paper,Reported,https://example.org/claims/s21/\n2022,12,Paper,Reported,https://example.org/claims/s22/\n2023,15,Ministry; Paper,Documented,https://example.org/claims/s23/\n',
    );
    expect(chartCsv(timeline, 'https://example.org/').split('\n')[3]).toBe('2025-02-02,A statement,No graded claim,');
    expect(chartCsv(attribution, 'https://example.org/').split('\n')[3]).toBe('3,attributing it to,officials (within Example Ministry),Unnamed,https://example.org/actors/ministry/');
  });
});

describe('svgToPng', () => {
  test('draws a standalone SVG as a PNG at twice its size, the same bytes every time', () => {
    const svg = renderChartSvg(comparison, 'wide', { standalone: true });
    const png = svgToPng(svg);
    expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const view = new DataView(png.buffer, png.byteOffset);
    const width = Number(/ width="([\d.]+)"/.exec(svg)![1]);
    expect(view.getUint32(16)).toBe(Math.round(width * 2));
    expect(Buffer.from(svgToPng(svg)).equals(Buffer.from(png))).toBe(true);
  });
});
