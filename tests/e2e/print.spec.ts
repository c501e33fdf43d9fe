import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const article = '/articles/rt-cjng-ukraine-drones/';
const OUT = 'reports/print';

test('an article prints in black and white with labels, marks and addresses, and without navigation', async ({ page }) => {
  mkdirSync(OUT, { recursive: true });
  await page.goto(article);
  await page.emulateMedia({ media: 'print' });
  // Neither the site's navigation nor the language switcher prints.
  for (const nav of await page.locator('.site-header nav').all()) await expect(nav).toBeHidden();
  expect(await page.locator('.site-header nav').count()).toBe(2);
  await expect(page.locator('.chart-downloads').first()).toBeHidden();
  // Status labels print beside their marks, and the marks are drawn in black.
  const badge = page.locator('.prose .claim-link').first();
  await expect(badge.locator('.status-label')).toBeVisible();
  expect(await badge.locator('.status-mark rect').evaluate((rect) => getComputedStyle(rect).stroke)).toBe('rgb(0, 0, 0)');
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe('rgb(255, 255, 255)');
  // The references at the end carry their addresses: each claim's page and each source's original.
  await expect(page.locator('.article-claims .print-only').first()).toHaveText(/https:\/\/.+\/claims\/[a-z0-9-]+\/$/);
  await expect(page.locator('.article-sources .print-only').first()).toHaveText(/https?:\/\//);
  await page.screenshot({ path: `${OUT}/article-print.png`, fullPage: true });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, path: `${OUT}/article-${format}.pdf`, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length, `${format} pages`).toBeGreaterThan(2);
  }
});
