import { expect, test } from 'vitest';
import { browserSample, SAMPLE_PER_TEMPLATE, templateOf } from '../support/sample';

const claims = Array.from({ length: 40 }, (_, i) => `/claims/c${String(i).padStart(2, '0')}/`);
const paths = ['/', '/claims/', '/about/', ...claims, '/sources/a/', '/sources/b/', '/uses/attack/', '/countries/mx/'];

test('record pages of one route share a template; every other page is its own', () => {
  expect([templateOf('/claims/x/'), templateOf('/claims/'), templateOf('/explorer/status/reported/'), templateOf('/about/')]).toEqual(['/claims/[id]/', '/claims/', '/explorer/status/[id]/', '/about/']);
  // Each language's pages are sampled by their own templates, not opened one by one.
  expect([templateOf('/es/claims/x/'), templateOf('/es/claims/'), templateOf('/es/'), templateOf('/essays/x/')]).toEqual(['/es/claims/[id]/', '/es/claims/', '/es/', '/essays/x/']);
});

test('the sample opens every template, a fixed handful of each record type, first and last included', () => {
  const sample = browserSample(paths);
  expect(new Set(sample.map((entry) => entry.template))).toEqual(new Set(paths.map(templateOf)));
  expect(sample.filter((entry) => entry.template === '/claims/[id]/').map((entry) => entry.path)).toEqual(['/claims/c00/', '/claims/c10/', '/claims/c20/', '/claims/c29/', '/claims/c39/']);
  expect(sample.filter((entry) => entry.template === '/sources/[id]/').map((entry) => entry.path)).toEqual(['/sources/a/', '/sources/b/']);
  expect(sample.filter((entry) => entry.first).length).toBe(new Set(paths.map(templateOf)).size);
});

test('the sample does not grow with the content: ten times the records, the same number of pages', () => {
  const grown = [...paths, ...Array.from({ length: 400 }, (_, i) => `/claims/z${i}/`)];
  expect(browserSample(grown).length).toBe(browserSample(paths).length);
  expect(browserSample(grown).filter((entry) => entry.template === '/claims/[id]/').length).toBe(SAMPLE_PER_TEMPLATE);
});
