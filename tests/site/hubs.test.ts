/** Hubs by use and by country, and where and what on every claim page, read from the built site. */
import { words } from '../../src/i18n';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { regionOf } from '../../src/charts/kinds/map';
import { checkContent } from '../../src/check';
import { CONTENT_DIR } from '../../src/lib/content/location';
import { countryName } from '../../src/lib/countries';
import { COUNTRY_HUB_MIN_CLAIMS } from '../../src/lib/evidence/hubs';
import { paths } from '../../src/lib/paths';
import { USES } from '../../src/schemas';
import { attributeValues, DIST, fileForPath } from '../support/built-site';

const { content } = checkContent(CONTENT_DIR);
const page = (path: string) => readFileSync(fileForPath(path)!, 'utf8');
/** The claim pages a hub's claim lists link to. */
const claimLinks = (html: string) => new Set(attributeValues(/<h2 id="hub-claims">[\s\S]*?<\/section>\s*<section aria-labelledby="hub-events">/.exec(html)![0], 'href').filter((href) => href.startsWith('/claims/')));
const expectedLinks = (claims: typeof content.claims) => new Set(claims.map((claim) => paths.claim(claim.id)));

test('every use has a hub listing exactly the claims tagged with it', () => {
  for (const use of USES) {
    const html = page(paths.use(use));
    expect(html).toContain(`<h1>Drone use: ${words().use[use].name}</h1>`);
    expect(claimLinks(html), use).toEqual(expectedLinks(content.claims.filter((claim) => claim.data.uses.includes(use))));
  }
});

test(`every country with ${COUNTRY_HUB_MIN_CLAIMS} or more claims has a hub listing exactly its claims, and no other country has one`, () => {
  const counts = new Map<string, number>();
  for (const claim of content.claims) for (const code of claim.data.countries) counts.set(code, (counts.get(code) ?? 0) + 1);
  const withHub = [...counts].filter(([, count]) => count >= COUNTRY_HUB_MIN_CLAIMS).map(([code]) => code.toLowerCase()).sort();
  expect(readdirSync(`${DIST}/countries`).filter((entry) => entry !== 'index.html').sort()).toEqual(withHub);
  for (const code of withHub) {
    const html = page(paths.country(code));
    expect(html).toContain(`<h1>Country: ${countryName(code.toUpperCase())}</h1>`);
    expect(claimLinks(html), code).toEqual(expectedLinks(content.claims.filter((claim) => claim.data.countries.includes(code.toUpperCase()))));
  }
});

test('every claim page says where and what the claim is about, linking each use and each country hub', () => {
  const hubs = new Set(readdirSync(`${DIST}/countries`).filter((entry) => entry !== 'index.html'));
  for (const claim of content.claims) {
    const scope = /<p class="claim-scope">[\s\S]*?<\/p>/.exec(page(paths.claim(claim.id)))?.[0] ?? '';
    for (const code of claim.data.countries) {
      expect(scope, `${claim.id} ${code}`).toContain(countryName(code));
      if (hubs.has(code.toLowerCase())) expect(scope).toContain(`href="${paths.country(code)}"`);
    }
    for (const use of claim.data.uses) expect(scope).toContain(`href="${paths.use(use)}"`);
  }
});

test('the site navigation leads to the country and use indexes, which lead to every hub', () => {
  expect(page('/')).toMatch(/<nav aria-label="Site">[\s\S]*href="\/countries\/"[\s\S]*href="\/uses\/"/);
  for (const use of USES) expect(page('/uses/')).toContain(`href="${paths.use(use)}"`);
  for (const entry of readdirSync(`${DIST}/countries`).filter((name) => name !== 'index.html')) expect(page('/countries/')).toContain(`href="/countries/${entry}/"`);
});

test('every country hub has articles, claims and events', () => {
  const hubs = readdirSync(`${DIST}/countries`).filter((entry) => entry !== 'index.html');
  const lacking = hubs.filter((code) => {
    const html = page(paths.country(code));
    return !html.includes('<h2 id="hub-articles">') || claimLinks(html).size === 0 || /<h2 id="hub-events">Events \(0\)<\/h2>/.test(html);
  });
  expect(lacking).toEqual([]);
});

test('every country hub shows the map of its region, where the country links its own hub; the overview shows all three maps', () => {
  for (const code of readdirSync(`${DIST}/countries`).filter((entry) => entry !== 'index.html')) {
    const html = page(paths.country(code));
    const figure = /<figure class="chart chart-map" id="chart-map-(world|americas|europe)">[\s\S]*?<\/figure>/.exec(html);
    expect(figure, code).not.toBeNull();
    expect(figure![1]).toBe(regionOf(code.toUpperCase()));
    expect(attributeValues(figure![0], 'href'), code).toContain(paths.country(code));
  }
  const overview = page(paths.article('drones-and-organized-crime-overview', 'explainer'));
  for (const region of ['world', 'americas', 'europe']) expect(overview).toContain(`id="chart-map-${region}"`);
});
