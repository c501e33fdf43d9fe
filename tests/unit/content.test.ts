import { expect, test } from 'vitest';
import { checkContent } from '../../src/check';
import { formatProblem } from '../../src/lib/content/problem';
import { countProseWords, scanArticleBody } from '../../src/lib/content/mdx';
import { uniqueInOrder } from '../../src/lib/evidence/relations';
import { USES } from '../../src/schemas';

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

test('the coverage holds: 13 explainers; 300 claims, 350 sources and 120 events; 8 countries; 10 claims each for 6 countries and for each named use', () => {
  const explainers = content.articles.filter((article) => article.data.kind === 'explainer');
  const perCountry = new Map<string, number>();
  const perUse = new Map<string, number>();
  for (const claim of content.claims) {
    for (const code of claim.data.countries) perCountry.set(code, (perCountry.get(code) ?? 0) + 1);
    for (const use of claim.data.uses) perUse.set(use, (perUse.get(use) ?? 0) + 1);
  }
  expect(explainers.length).toBeGreaterThanOrEqual(13);
  expect(content.claims.length).toBeGreaterThanOrEqual(300);
  expect(content.sources.length).toBeGreaterThanOrEqual(350);
  expect(content.events.length).toBeGreaterThanOrEqual(120);
  expect(perCountry.size).toBeGreaterThanOrEqual(8);
  expect([...perCountry.values()].filter((count) => count >= 10).length).toBeGreaterThanOrEqual(6);
  const thin = USES.filter((use) => use !== 'other').filter((use) => (perUse.get(use) ?? 0) < 10);
  expect(thin).toEqual([]);
});
