import { expect, test } from 'vitest';
import { COMMON_HEADERS, cspHeader, cspMetaContent, headerRules, headersFile, HOST_RULE_PATTERNS, parseHeadersFile } from '../../../src/lib/security';

const STRICT = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'";
const SEARCH = STRICT.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

test('the meta policy allows no inline or eval code, WebAssembly only on search pages, and leaves out header-only directives', () => {
  expect(cspMetaContent(false)).toBe(STRICT);
  expect(cspMetaContent(true)).toBe(SEARCH);
  expect(cspHeader(false)).toBe(`${STRICT}; frame-ancestors 'none'`);
  expect(cspHeader(true)).toBe(`${SEARCH}; frame-ancestors 'none'`);
});

/** A small build: pages, a language folder, feeds, a folder whose name begins another name, the search engine. */
const BUILD = [
  '404.html',
  '_astro/',
  '_headers',
  'claims/',
  'corrections/',
  'corrections.xml',
  'es/',
  'es/claims/',
  'es/index.html',
  'es/search/',
  'index.html',
  'pagefind/',
  'search/',
];

const rule = (path: string, search: boolean) => [path, `  Content-Security-Policy: ${cspHeader(search)}`];

test('the _headers file sends the common headers everywhere and one policy per section, with WebAssembly for search only', () => {
  expect(headersFile(BUILD)).toBe(
    [
      '# Response headers for Netlify and Cloudflare Pages, written by src/integrations/security-headers.ts.',
      '# Common headers for every path; then exactly one Content-Security-Policy rule for each section of the build.',
      '/*',
      '  Strict-Transport-Security: max-age=31536000; includeSubDomains',
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '  Cross-Origin-Opener-Policy: same-origin',
      `  Permissions-Policy: ${COMMON_HEADERS['Permissions-Policy']}`,
      ...rule('/404.html', false),
      ...rule('/404', false),
      ...rule('/_astro/*', false),
      ...rule('/claims/*', false),
      ...rule('/corrections.xml', false),
      ...rule('/corrections/', false),
      ...rule('/corrections/:page/*', false),
      ...rule('/', false),
      ...rule('/pagefind/*', true),
      ...rule('/search/*', true),
      ...rule('/es/claims/*', false),
      ...rule('/es/', false),
      ...rule('/es/search/*', true),
      '',
    ].join('\n'),
  );
  expect(COMMON_HEADERS['Permissions-Policy']).toMatch(/^(?=.*\bcamera=\(\))(?=.*\bmicrophone=\(\))(?=.*\bgeolocation=\(\))(?=.*\bpayment=\(\))(?=.*\busb=\(\))(?=.*\bbrowsing-topics=\(\))/);
});

test('every rule path is prefixed with the base the site is served under', () => {
  const paths = headerRules(BUILD, '/drones/').map((rule) => rule.path);
  expect(paths[0]).toBe('/drones/*');
  expect(paths).toContain('/drones/');
  expect(paths).toContain('/drones/es/search/*');
  expect(paths.every((path) => path.startsWith('/drones/'))).toBe(true);
  expect(headerRules(BUILD, '/drones').map((rule) => rule.path)).toEqual(paths);
  expect(headerRules(BUILD, '/')).toEqual(headerRules(BUILD));
});

test('the file reads back as the rules it was written from', () => {
  expect(parseHeadersFile(headersFile(BUILD, '/drones/'))).toEqual(headerRules(BUILD, '/drones/'));
});

const policiesFor = (path: string, host: keyof typeof HOST_RULE_PATTERNS) =>
  headerRules(BUILD)
    .filter((rule) => HOST_RULE_PATTERNS[host](rule.path).test(path))
    .flatMap((rule) => rule.headers.filter(([name]) => name === 'Content-Security-Policy').map(([, value]) => value));

test.each(['netlify', 'cloudflare'] as const)('on %s every page gets exactly one policy, the one meant for it', (host) => {
  const pages: [string, boolean][] = [
    ['/', false],
    ['/claims/', false],
    ['/claims/a-claim/', false],
    ['/corrections/', false],
    ['/search/', true],
    ['/es/', false],
    ['/es/claims/a-claim/', false],
    ['/es/search/', true],
    ['/pagefind/pagefind-worker.js', true],
    [host === 'cloudflare' ? '/404' : '/404.html', false],
  ];
  for (const [path, search] of pages) expect([path, policiesFor(path, host)]).toEqual([path, [cspHeader(search)]]);
  // Netlify's `/corrections/*` would also match `/corrections.xml`; the folder's two rules do not.
  expect(policiesFor('/corrections.xml', host)).toEqual([cspHeader(false)]);
});

test('the host patterns follow each host: Netlify lets `/a/*` reach `/a-b/`, Cloudflare does not', () => {
  expect(HOST_RULE_PATTERNS.netlify('/a/*').test('/a-b/')).toBe(true);
  expect(HOST_RULE_PATTERNS.cloudflare('/a/*').test('/a-b/')).toBe(false);
  expect(HOST_RULE_PATTERNS.netlify('/a/:page/*').test('/a-b/')).toBe(false);
  expect(HOST_RULE_PATTERNS.cloudflare('/a/:page/*').test('/a/b/c/')).toBe(true);
  expect(HOST_RULE_PATTERNS.netlify('/').test('/x/')).toBe(false);
  expect(HOST_RULE_PATTERNS.cloudflare('/es/').test('/es/x/')).toBe(false);
});

test('a path the hosts would read as a pattern, or more rules than Cloudflare reads, stops the build', () => {
  expect(() => headersFile(['a:b/'])).toThrow(/a:b/);
  expect(() => headersFile(Array.from({ length: 100 }, (_, index) => `f${index}.txt`))).toThrow(/at most 100/);
});
