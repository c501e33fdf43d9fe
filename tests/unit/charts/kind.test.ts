import { expect, test } from 'vitest';
import { chartRequest, measureSlug, slug } from '../../../src/charts/kind';

test("a measure's words become a readable id part, cut at a word", () => {
  expect(slug('Drones seized by the Mexican Army (SEDENA)')).toBe('drones-seized-by-the-mexican-army-sedena');
  expect(slug('Carga útil máxima')).toBe('carga-util-maxima');
  expect(measureSlug('Drone incidents sighted or reported around prisons in England and Wales (calendar years)')).toBe('drone-incidents-sighted-or-reported-around-prisons-in');
});

test("a <Chart> tag's attributes become a request, keeping every attribute the tag wrote", () => {
  expect(chartRequest({ name: 'map', region: 'europe' })).toEqual({ name: 'map', region: 'europe' });
  expect(chartRequest(new Map([['name', 'trail'], ['claim', 'x']]))).toEqual({ name: 'trail', claim: 'x' });
});
