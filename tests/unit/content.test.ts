import { expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { formatProblem } from '../../src/lib/content/problem';
import { countProseWords, scanArticleBody } from '../../src/lib/content/mdx';
import { uniqueInOrder } from '../../src/lib/evidence/relations';

const { content, problems } = checkContent('content');

test('the published content passes every schema and integrity check', () => {
  expect(problems.map(formatProblem)).toEqual([]);
});

test('the case study dissects the RT article into at least 15 claims backed by at least 12 sources', () => {
  const article = content.articles.find((entry) => entry.id === 'rt-cjng-ukraine-drones');
  expect(article, 'content/articles/rt-cjng-ukraine-drones.mdx').toBeDefined();
  const claimIds = uniqueInOrder(scanArticleBody(article!.body).claims.map((ref) => ref.id));
  expect(claimIds.length).toBeGreaterThanOrEqual(15);
  const sourceIds = new Set(content.claims.filter((claim) => claimIds.includes(claim.id)).flatMap((claim) => claim.data.sources.map((use) => use.source)));
  expect(sourceIds.size).toBeGreaterThanOrEqual(12);
});

test('every state-media source is labelled with the record that establishes its affiliation', () => {
  for (const source of content.sources.filter((entry) => entry.data.kind === 'state-media')) {
    expect(source.data.affiliation, source.file).toBeDefined();
  }
});

test('every explainer has 1,200 to 2,600 words of prose', () => {
  const explainers = content.articles.filter((article) => article.data.kind === 'explainer');
  expect(explainers.length).toBeGreaterThan(0);
  const outside = explainers.map((article) => [article.file, countProseWords(article.body)] as const).filter(([, count]) => count < 1200 || count > 2600);
  expect(outside).toEqual([]);
});
