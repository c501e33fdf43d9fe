import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../support/built-site';
import { browserSample } from '../support/sample';

const pages = builtPages().map((page) => page.path);
// Every template once and a fixed sample of each record type (tests/support/sample.ts); the static gates in
// tests/site/ read every page. Dark mode is checked on the first page of each template.
const sample = browserSample(pages);
const darkChecked = new Set(sample.filter((entry) => entry.first).map((entry) => entry.path));

test('the build has a page of every type', () => {
  for (const prefix of ['/articles/', '/claims/', '/sources/', '/actors/']) {
    expect(pages.filter((page) => page.startsWith(prefix) && page !== prefix).length, `${prefix}<id>/ pages`).toBeGreaterThan(0);
  }
  expect(pages).toEqual(expect.arrayContaining(['/', '/claims/', '/sources/', '/actors/', '/methodology/', '/about/', '/404.html']));
});

for (const { path } of sample) {
  test(`${path} needs no script, loads nothing from another origin, works under its CSP, logs no error and has no accessibility violations`, async ({ page, baseURL }) => {
    // Axe over the index pages (hundreds of rows, read twice in light and dark) outlasts the default 30 s on a
    // loaded two-core machine; the time is the bench's business, not this test's.
    test.slow();
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== 'data:') foreign.push(request.url());
    });
    const blocked: string[] = [];
    const errors: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
      else if (message.type() === 'error' && path !== '/404.html') errors.push(message.text());
    });
    // The 404 page is checked where readers meet it: at an address that does not exist.
    const response = await page.goto(path === '/404.html' ? '/no-such-page/' : path);
    expect(response?.status(), 'HTTP status').toBe(path === '/404.html' ? 404 : 200);
    expect(foreign).toEqual([]);
    // JSON-LD is data, not script. Scripts are optional same-origin enhancements, each only where its feature is:
    // the cite box's copy button and the explorer's sorting and filtering.
    const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((elements) => elements.map((element) => element.getAttribute('src')));
    const expected = [
      ...((await page.locator('.cite-box').count()) > 0 ? ['/enhance/copy.js'] : []),
      ...((await page.locator('[data-explorer-controls]').count()) > 0 ? ['/enhance/explorer.js'] : []),
      ...((await page.locator('[data-search-form]').count()) > 0 ? ['/enhance/search.js'] : []),
    ];
    expect(scripts, 'script elements').toEqual(expected);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'none'");
    // 'wasm-unsafe-eval' (WebAssembly for search) is allowed; JavaScript eval and inline code are not.
    expect(policy).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval/);
    expect(blocked, 'resources the policy blocked').toEqual([]);
    expect(errors, 'console errors, such as a missing favicon').toEqual([]);
    // The site's stylesheet applied: the header rule comes from it, not from the browser's defaults.
    expect(await page.locator('.site-header').evaluate((header) => getComputedStyle(header).borderBottomStyle)).not.toBe('none');
    for (const colorScheme of darkChecked.has(path) ? (['light', 'dark'] as const) : (['light'] as const)) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${colorScheme}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}
