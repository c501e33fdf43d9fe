import { expect, test } from '@playwright/test';
import { checkContent } from '../../src/check';
import { CONTENT_DIR } from '../../src/lib/content/location';

const { content } = checkContent(CONTENT_DIR);

test('search finds claims, sources and glossary terms for fixed queries, each with its status mark', async ({ page }) => {
  await page.goto('/search/?q=Matrice');
  const results = page.locator('.search-results li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('.search-results a[href="/claims/matrice-300-carries-3kg/"]')).toHaveCount(1);
  const contradicted = page.locator('.search-results li', { has: page.locator('a[href="/claims/matrice-300-carries-3kg/"]') });
  await expect(contradicted.locator('.status-label')).toHaveText('Contradicted');
  await page.getByLabel('Search for').fill('Milenio');
  await page.locator('select[name="type"]').selectOption('Source');
  await expect(page.locator('.search-results a[href^="/sources/"]').first()).toBeVisible();
  await expect(page.locator('.search-results a:not([href^="/sources/"])')).toHaveCount(0);
  await page.locator('select[name="type"]').selectOption('Glossary term');
  await page.getByLabel('Search for').fill('jamming');
  await expect(page.locator('.search-results a[href^="/glossary/"]')).toHaveCount(1);
});

test('filters narrow results by status and type, and the index holds every claim once', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('select[name="status"]').selectOption('contradicted');
  const expected = content.claims.filter((claim) => claim.data.status === 'contradicted').length;
  await expect(page.locator('[data-search-status]')).toHaveText(new RegExp(`^${expected} results?`));
  for (const label of await page.locator('.search-results .status-label').allTextContents()) expect(label).toBe('Contradicted');
  const counts = await page.evaluate(async () => {
    const pagefind = await import('/pagefind/pagefind.js' as string);
    return (await pagefind.filters()).type as Record<string, number>;
  });
  expect(counts.Claim).toBe(content.claims.length);
  expect(counts.Source).toBe(content.sources.length);
  expect(counts.Actor).toBe(content.actors.length);
});

test('filters narrow claims by country and by use', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('select[name="type"]').selectOption('Claim');
  await page.locator('select[name="country"]').selectOption('Colombia');
  const colombia = content.claims.filter((claim) => claim.data.countries.includes('CO')).length;
  await expect(page.locator('[data-search-status]')).toHaveText(new RegExp(`^${colombia} results?`));
  await page.locator('select[name="use"]').selectOption('Attacks');
  const both = content.claims.filter((claim) => claim.data.countries.includes('CO') && claim.data.uses.includes('attack')).length;
  await expect(page.locator('[data-search-status]')).toHaveText(new RegExp(`^${both} results?`));
});

test('without JavaScript the search page says so and links the indexes', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/');
  await expect(page.locator('[data-search-fallback]')).toBeVisible();
  await expect(page.locator('[data-search-form]')).toBeHidden();
  await expect(page.locator('[data-search-fallback] a[href="/explorer/"]')).toBeVisible();
  await context.close();
});
