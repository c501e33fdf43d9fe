import { expect, test } from 'vitest';
import { articleCard, OG_HEIGHT, OG_WIDTH } from '../../../src/charts/og-card';
import { words } from '../../../src/i18n';
import { svgToPng } from '../../../src/lib/export/png';
import { SITE } from '../../../src/lib/site';

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

test('a Spanish card says everything in Spanish: the site and the claims by status', () => {
  const counts = [
    { status: 'documented' as const, count: 3 },
    { status: 'reported' as const, count: 1 },
    { status: 'disputed' as const, count: 2 },
  ];
  const english = articleCard('A title', counts);
  const spanish = articleCard('Un título', counts, 'es');
  const labels = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
  expect(labels(english)).toEqual([SITE.title, '3 documented', '1 reported', '2 disputed']);
  expect(labels(spanish)).toEqual(['Drones y crimen organizado: una guía calificada según la evidencia', '3 documentadas', '1 reportada', '2 en disputa']);
  for (const word of ['Drones and Organized Crime', 'documented', 'reported', 'disputed']) expect(spanish).not.toContain(word);
  // The English card's title is the site's own, written once in the dictionary.
  expect(words('en').charts.card.site).toBe(SITE.title);
});
