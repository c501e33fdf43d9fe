import { expect, test } from '@playwright/test';
import { builtPages } from '../support/built-site';

const paths = builtPages().map((page) => page.path);
const articles = paths.filter((page) => page.startsWith('/articles/') && page !== '/articles/');

test('every inline claim shows its status label and opens the claim page in one click', async ({ page }) => {
  expect(articles.length).toBeGreaterThan(0);
  for (const article of articles) {
    await page.goto(article);
    const references = page.locator('.prose .claim-link');
    const count = await references.count();
    expect(count, `${article} refers to claims`).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await expect(references.nth(i).locator('.status-label')).toHaveText(/^(Documented|Reported|Alleged|Disputed|Contradicted)$/);
    }
  }
  // One click from an inline reference reaches the claim's status, chain and sources.
  await page.goto(articles[0]!);
  const first = page.locator('.prose .claim-link').first();
  const label = await first.locator('.status-label').textContent();
  await first.click();
  await expect(page).toHaveURL(/\/claims\/[a-z0-9-]+\/$/);
  await expect(page.locator('.claim-status .status-label')).toHaveText(label!);
  await expect(page.getByRole('heading', { name: 'Who says it' })).toBeVisible();
  await expect(page.locator('.attribution-chain li').first()).toBeVisible();
  await expect(page.locator('.source-list a[href^="/sources/"]').first()).toBeVisible();
});

test('a claim page links each source to a source page that lists the claim back', async ({ page }) => {
  const claim = paths.find((path) => path.startsWith('/claims/') && path !== '/claims/')!;
  await page.goto(claim);
  const source = page.locator('.source-list a[href^="/sources/"]').first();
  await source.click();
  await expect(page.locator('.claim-list a[href="' + claim + '"]')).toHaveCount(1);
});

test('an article reads with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(articles[0]!);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.prose .claim-link').first()).toBeVisible();
  await context.close();
});

test('a cite box copies a citation with one press, and shows it as selectable text without JavaScript', async ({ browser }) => {
  const claim = paths.find((path) => path.startsWith('/claims/') && path !== '/claims/')!;
  const withScript = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await withScript.newPage();
  await page.goto(claim);
  const apa = page.locator('.cite-style').first();
  const citation = (await apa.locator('.citation').first().innerText()).trim();
  await apa.getByRole('button', { name: 'Copy APA (7th edition) citation' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
  await withScript.close();
  const withoutScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await withoutScript.newPage();
  await plain.goto(claim);
  await expect(plain.locator('.cite-style .citation').first()).toHaveText(citation);
  await expect(plain.locator('.copy-button')).toHaveCount(0);
  await withoutScript.close();
});
