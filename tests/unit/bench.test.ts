import { rmSync } from 'node:fs';
import { afterAll, expect, test } from 'vitest';
import { writeSyntheticContent } from '../../scripts/bench/synthetic-content.mjs';
import { checkContent } from '../../src/check';
import { formatProblem } from '../../src/lib/content/problem';

const DIR = 'reports/bench-check/content';
afterAll(() => rmSync('reports/bench-check', { recursive: true, force: true }));

test('the benchmark’s synthetic content is valid content, so the scale builds measure real builds', () => {
  const counts = writeSyntheticContent('content', DIR, 2);
  const { content, problems } = checkContent(DIR);
  expect(problems.map(formatProblem)).toEqual([]);
  const real = checkContent('content').content;
  expect(counts.claims).toBe(real.claims.length * 2);
  expect(content.claims.length).toBe(real.claims.length * 2);
  expect(content.glossary.length).toBe(real.glossary.length * 2);
});
