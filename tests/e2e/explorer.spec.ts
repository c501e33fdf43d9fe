import { expect, test } from '@playwright/test';

test('the explorer filters by status and words, and sorts by a column', async ({ page }) => {
  await page.goto('/explorer/');
  const rows = page.locator('.claim-table tbody tr');
  const total = await rows.count();
  const contradicted = await page.locator('.claim-table tbody tr[data-status="contradicted"]').count();
  expect(contradicted).toBeGreaterThan(0);
  await page.locator('select[name="status"]').selectOption('contradicted');
  await expect(page.locator('.claim-table tbody tr:visible')).toHaveCount(contradicted);
  await expect(page.locator('[data-explorer-count]')).toHaveText(`${contradicted} of ${total} claims shown`);
  await page.locator('select[name="status"]').selectOption('');
  await page.getByLabel('Words in the claim').fill('Matrice');
  const visible = page.locator('.claim-table tbody tr:visible');
  expect(await visible.count()).toBeGreaterThan(0);
  for (const text of await visible.locator('td:first-child').allTextContents()) expect(text).toContain('Matrice');
  await page.getByLabel('Words in the claim').fill('');
  await page.getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Sources' }).click();
  await expect(page.locator('th[aria-sort="descending"]')).toHaveText('Sources');
  const counts = (await rows.locator('td:nth-child(6)').allTextContents()).map(Number);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
});

test('the explorer filters by country and by use together', async ({ page }) => {
  await page.goto('/explorer/');
  const both = page.locator('.claim-table tbody tr[data-countries~="CO"][data-uses~="other"]');
  const expected = await both.count();
  expect(expected).toBeGreaterThan(0);
  // By name: a label's text includes its options', and an article title in the topic list may contain "use".
  await page.locator('select[name="country"]').selectOption('CO');
  await page.locator('select[name="use"]').selectOption('other');
  await expect(page.locator('.claim-table tbody tr:visible')).toHaveCount(expected);
  for (const cell of await page.locator('.claim-table tbody tr:visible td:nth-child(4)').allTextContents()) expect(cell).toMatch(/CO.*·.*Other/);
});

test('without JavaScript the explorer is the full table, with no controls that cannot work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/explorer/');
  await expect(page.locator('[data-explorer-controls]')).toBeHidden();
  expect(await page.locator('.claim-table tbody tr:visible').count()).toBe(await page.locator('.claim-table tbody tr').count());
  await context.close();
});

test('in Spanish the explorer counts in Spanish words and finds a word typed with or without its accents', async ({ page }) => {
  await page.goto('/es/explorer/');
  const rows = page.locator('.claim-table tbody tr');
  const total = await rows.count();
  const contradicted = await page.locator('.claim-table tbody tr[data-status="contradicted"]').count();
  await page.locator('select[name="status"]').selectOption('contradicted');
  await expect(page.locator('[data-explorer-count]')).toHaveText(`Mostrando ${contradicted} de ${total} ${total === 1 ? 'afirmación' : 'afirmaciones'}`);
  await page.locator('select[name="status"]').selectOption('');
  await page.getByLabel('Palabras de la afirmación').fill('mexico');
  const visible = page.locator('.claim-table tbody tr:visible');
  const found = await visible.count();
  expect(found).toBeGreaterThan(0);
  expect(await visible.locator('td:first-child', { hasText: 'México' }).count()).toBeGreaterThan(0);
  for (const text of await visible.locator('td:first-child').allTextContents()) expect(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toContain('mexico');
  await page.getByLabel('Palabras de la afirmación').fill('México');
  await expect(visible).toHaveCount(found);
  await page.getByRole('button', { name: 'Fuentes' }).click();
  await expect(page.locator('th[aria-sort="ascending"]')).toHaveText('Fuentes');
});
