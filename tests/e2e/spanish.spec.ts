/** A Spanish reader's path: from the Spanish home to an article, a claim, its sources and a citation, all in Spanish. */
import { expect, test } from '@playwright/test';

test('from the Spanish home to a claim, its source and a Spanish citation, and back to the same page in English', async ({ page }) => {
  await page.goto('/es/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.locator('.start-here a').click();
  await expect(page).toHaveURL(/\/es\/articles\/[a-z0-9-]+\/$/);
  // An inline claim reference shows its status in Spanish and opens the Spanish claim page.
  const reference = page.locator('.prose .claim-link').first();
  await expect(reference.locator('.status-label')).toHaveText(/^(Documentado|Reportado|Presunto|En disputa|Contradicho)$/);
  await reference.click();
  await expect(page).toHaveURL(/\/es\/claims\/[a-z0-9-]+\/$/);
  const claim = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { name: 'Quién lo dice' })).toBeVisible();
  // The cite box: Spanish headings and Spanish dates in APA, with files that say the record is Spanish.
  const apa = page.locator('.cite-box .citation').first();
  await expect(apa).toContainText(/\(\d{4}, (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) \d{1,2}\)/);
  await expect(apa).toContainText('[Registro de afirmación]');
  const bib = page.locator('.cite-files a[href$=".bib"]');
  await expect(bib).toHaveAttribute('href', /^\/es\/cite\/claim-/);
  const response = await page.request.get((await bib.getAttribute('href'))!);
  expect(await response.text()).toContain('langid = {spanish}');
  // A source page in Spanish lists the claim back.
  await page.locator('.source-list a[href^="/es/sources/"]').first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator(`.claim-list a[href="${claim}"]`)).toHaveCount(1);
  // The language switcher goes to the same record in English.
  await page.locator('.language-switch a').click();
  await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+\/$/);
  expect(new URL(page.url()).pathname.startsWith('/es/')).toBe(false);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the Spanish search page searches the Spanish pages, with statuses named in Spanish', async ({ page }) => {
  await page.goto('/es/search/');
  await expect(page.locator('select[name="status"] option').nth(1)).toHaveText(/^(Documentado|Reportado|Presunto|En disputa|Contradicho) \(\d+\)$/);
  await page.locator('input[name="q"]').fill('drones');
  const first = page.locator('.search-results li a').first();
  await expect(first).toHaveAttribute('href', /^\/es\//);
  await expect(page.locator('.search-status')).toContainText('resultado');
});

test('a page not yet translated says so in Spanish and links the English page', async ({ page }) => {
  // An explainer with no Spanish translation yet.
  await page.goto('/es/articles/drones-and-prisons/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página aún no traducida');
  await page.getByRole('link', { name: 'Leerla en inglés' }).click();
  await expect(page).toHaveURL(/\/articles\/drones-and-prisons\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
