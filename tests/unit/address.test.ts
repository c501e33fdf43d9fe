/**
 * The site's address comes from the environment: a build for `https://example.edu/drones/` names that address in
 * every file and links every page under the sub-path. The fixture content is built for it, as a host would.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from 'vitest';
import { DEFAULT_ADDRESS, siteAddress } from '../../src/lib/site';
import { VALID_CONTENT } from './fixtures';

test('the address is an origin and a sub-path, with defaults, and a wrong one stops the build with a reason', () => {
  expect(siteAddress({})).toEqual(DEFAULT_ADDRESS);
  expect(siteAddress({ SITE_URL: 'https://example.edu', BASE_PATH: '/drones/' })).toEqual({ url: 'https://example.edu', base: '/drones/' });
  expect(() => siteAddress({ SITE_URL: 'https://example.edu/drones/' })).toThrow('without a path; put a sub-path in BASE_PATH');
  expect(() => siteAddress({ SITE_URL: 'example.edu' })).toThrow('is not an address');
  expect(() => siteAddress({ BASE_PATH: 'drones' })).toThrow('must start and end with "/"');
  expect(() => siteAddress({ BASE_PATH: '/drones' })).toThrow('must start and end with "/"');
});

const OUT = 'reports/address/dist';
const BASE = '/drones/';

/** Every file of a build, by its path below the output folder. */
function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? files(path) : [relative(OUT, path).split(sep).join('/')];
  });
}

test('a build for another address names only that address and links every page under its sub-path', () => {
  rmSync(OUT, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: VALID_CONTENT, SITE_URL: 'https://example.edu', BASE_PATH: BASE, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.VITEST;
  const build = spawnSync('npx', ['astro', 'build', '--force', '--outDir', OUT], { env, encoding: 'utf8' });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const all = files(OUT);
  const text = all.filter((file) => /\.(html|xml|txt|json|bib|ris|csv|svg|js|css)$|_headers$/.test(file) && !file.startsWith('pagefind/'));
  expect(text.length).toBeGreaterThan(50);
  for (const file of text) {
    const content = readFileSync(join(OUT, file), 'utf8');
    expect(content.includes(new URL(DEFAULT_ADDRESS.url).host), `${file} names the default address`).toBe(false);
  }
  // Every link and asset of every page resolves to a built file under the sub-path.
  for (const file of all.filter((name) => name.endsWith('.html'))) {
    const html = readFileSync(join(OUT, file), 'utf8');
    for (const [, target] of html.matchAll(/\s(?:href|src)="(\/[^"#?]*)[^"]*"/g)) {
      expect(target!.startsWith(BASE), `${file} links ${target} outside ${BASE}`).toBe(true);
      const below = target!.slice(BASE.length);
      const exists = existsSync(join(OUT, below)) && (below === '' || below.endsWith('/') ? existsSync(join(OUT, below, 'index.html')) : true);
      expect(exists, `${file} links ${target}, which the build does not have`).toBe(true);
    }
  }
  const home = readFileSync(join(OUT, 'index.html'), 'utf8');
  expect(home).toContain('<link rel="canonical" href="https://example.edu/drones/">');
  expect(readFileSync(join(OUT, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://example.edu/drones/es/</loc>');
  expect(readFileSync(join(OUT, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.edu/drones/sitemap-index.xml');
  const claim = readFileSync(join(OUT, 'cite/claim-unit-trained-abroad.bib'), 'utf8');
  expect(claim).toContain('https://example.edu/drones/claims/unit-trained-abroad/');
});
