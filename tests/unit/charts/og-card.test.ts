import { expect, test } from 'vitest';
import { articleCard, OG_HEIGHT, OG_WIDTH } from '../../../src/charts/og-card';
import { svgToPng } from '../../../src/lib/export/png';

test('an article card shows the title and the claims by status in the status grammar, at the Open Graph size', () => {
  const svg = articleCard('A <title> & more', [
    { status: 'documented', count: 3 },
    { status: 'reported', count: 1 },
    { status: 'contradicted', count: 1 },
  ]);
  expect(svg).toContain(`width="${OG_WIDTH}" height="${OG_HEIGHT}"`);
  expect(svg).toContain('A &lt;title&gt; &amp; more');
  expect(svg).toContain('fill="url(#card-hatch)"');
  expect(svg.match(/<line /g)).toHaveLength(1);
  expect([...svg.matchAll(/<text x="([\d.]+)" y="560"/g)].map((match) => Number(match[1]))).toEqual([80, 80 + 12 * 26 * 0.6 + 30, 80 + 12 * 26 * 0.6 + 30 + 10 * 26 * 0.6 + 30]);
  const png = svgToPng(svg, 1);
  expect(new DataView(png.buffer).getUint32(16)).toBe(OG_WIDTH);
  expect(new DataView(png.buffer).getUint32(20)).toBe(OG_HEIGHT);
});
