/**
 * The site's Content-Security-Policy and response headers, in one place for the `<meta>` tag every page carries and
 * for the `_headers` file static hosts read. Pages need no inline script or style, so the policy allows neither; the
 * only scripts are same-origin files that enhance a page (copy button, explorer, search).
 */

/**
 * The policy of a page. `search` for the pages that run search: Pagefind compiles WebAssembly, which needs
 * 'wasm-unsafe-eval' (it allows compiling WebAssembly, not evaluating JavaScript); every other page goes without.
 */
export function contentSecurityPolicy({ search }: { search: boolean }): Record<string, string[]> {
  return {
    'default-src': ["'none'"],
    'script-src': search ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    // Same-origin fetches only: tools read /robots.txt from the page, and search loads its index.
    'connect-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
  };
}

/** Directives that browsers ignore in a `<meta>` tag and honour only as an HTTP header. */
const HEADER_ONLY_POLICY: Record<string, string[]> = {
  'frame-ancestors': ["'none'"],
};

function serialise(policy: Record<string, string[]>): string {
  return Object.entries(policy)
    .map(([directive, values]) => `${directive} ${values.join(' ')}`)
    .join('; ');
}

/** The policy as the `content` of `<meta http-equiv="Content-Security-Policy">`; `search` on the search pages only. */
export function cspMetaContent(search: boolean): string {
  return serialise(contentSecurityPolicy({ search }));
}

/** The policy as the `Content-Security-Policy` response header: the meta policy plus the header-only directives. */
export function cspHeader(search: boolean): string {
  return serialise({ ...contentSecurityPolicy({ search }), ...HEADER_ONLY_POLICY });
}

/** Powerful features the site never uses, denied to it and to anything that could ever embed in it. */
const UNUSED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/**
 * Headers every response gets. `interest-cohort` (FLoC) is left out of the Permissions-Policy: it was withdrawn for
 * `browsing-topics`, and Chrome now reports it as an unrecognised feature on every page.
 */
export const COMMON_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': UNUSED_FEATURES.map((feature) => `${feature}=()`).join(', '),
};

/** The folder Pagefind writes its script, worker, WebAssembly and index into, at the top of the build. */
export const SEARCH_ENGINE_FOLDER = 'pagefind/';

/** Cloudflare Pages' limits for `_headers` (workers-shared: MAX_HEADER_RULES, MAX_HEADER_LINE_LENGTH). */
const MAX_RULES = 100;
const MAX_LINE = 2000;

export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/**
 * The `_headers` file of a build, for Netlify and Cloudflare Pages. What it relies on, from both hosts' docs and
 * parsers (netlify/build headers-parser, cloudflare workers-sdk rules engine):
 * - a rule is a path line followed by indented `Name: value` lines; `#` lines are comments;
 * - every rule whose path matches a request applies, and their headers are combined: two Content-Security-Policy
 *   headers would both be enforced, so a page must match exactly one rule that sets it;
 * - `*` matches any characters (Cloudflare: `^/a/.*$`; Netlify: a standalone `*` segment also makes the slash
 *   before it optional, `^/a/?(.*)/?$`, so `/a/*` there also matches `/a-b/` and `/a.xml`); `:name` matches one
 *   path segment on both; a path without `*` or `:` matches that path only (Netlify also without its trailing
 *   slash);
 * - Cloudflare serves `x.html` at `/x` (and `x/index.html` at `/x/`); at most 100 rules and 2,000 characters a line.
 * So the common headers go under `/*`, and the policy under one rule per section of the build: each top-level
 * folder and file, and each folder and file of a language folder. The search pages and Pagefind's folder (its web
 * worker runs with the policy of its own response) get the policy with 'wasm-unsafe-eval'; every other section
 * the one without. A folder whose name begins another name beside it (`corrections/` and `corrections.xml`) gets
 * `/a/` and `/a/:page/*`, which Netlify cannot stretch to the other name. A request outside every section (a
 * missing page's 404) gets no policy header and keeps the page's meta policy.
 *
 * `entries`: the build's paths from the top, folders ending in `/`, with the contents of each folder whose
 * sections get their own rules (the language folders): `['index.html', 'claims/', 'es/', 'es/index.html', …]`.
 * `base`: the path the site is served under (Astro's `base`), prefixed to every rule.
 */
export function headerRules(entries: readonly string[], base = '/'): HeaderRule[] {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  const root = trimmed ? `/${trimmed}/` : '/';
  const served = entries.filter((entry) => !['_headers', '_redirects'].includes(entry));
  const bad = served.find((entry) => /[*:\s]/.test(entry));
  if (bad) throw new Error(`_headers cannot name "${bad}": a path with "*", ":" or spaces reads as a pattern`);
  const expanded = new Set(served.filter((entry) => entry.endsWith('/') && served.some((other) => other !== entry && other.startsWith(entry))));
  const rules: HeaderRule[] = [{ path: `${root}*`, headers: Object.entries(COMMON_HEADERS) }];
  const policy = (path: string, search: boolean) => rules.push({ path, headers: [['Content-Security-Policy', cspHeader(search)]] });
  for (const parent of ['', ...[...expanded].sort()]) {
    const children = served.filter((entry) => entry.startsWith(parent) && entry !== parent && !entry.slice(parent.length).replace(/\/$/, '').includes('/'));
    const names = children.map((child) => child.slice(parent.length).replace(/\/$/, ''));
    for (const child of [...children].sort()) {
      const name = child.slice(parent.length).replace(/\/$/, '');
      const at = `${root}${parent}`;
      if (expanded.has(child)) continue;
      if (name === 'index.html') policy(at, false);
      else if (child.endsWith('/')) {
        const search = name === 'search' || child === SEARCH_ENGINE_FOLDER;
        if (names.some((other) => other !== name && other.startsWith(name))) {
          policy(`${at}${name}/`, search);
          policy(`${at}${name}/:page/*`, search);
        } else policy(`${at}${name}/*`, search);
      } else {
        policy(`${at}${name}`, false);
        if (name.endsWith('.html')) policy(`${at}${name.slice(0, -'.html'.length)}`, false);
      }
    }
  }
  if (rules.length > MAX_RULES) throw new Error(`_headers would have ${rules.length} rules; Cloudflare Pages reads at most ${MAX_RULES}`);
  return rules;
}

/** The rules as the text of `_headers`. */
export function headersFile(entries: readonly string[], base = '/'): string {
  const text = [
    '# Response headers for Netlify and Cloudflare Pages, written by src/integrations/security-headers.ts.',
    '# Common headers for every path; then exactly one Content-Security-Policy rule for each section of the build.',
    ...headerRules(entries, base).map(({ path, headers }) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')),
  ].join('\n');
  const long = text.split('\n').find((line) => line.length > MAX_LINE);
  if (long) throw new Error(`_headers line over ${MAX_LINE} characters: ${long.slice(0, 60)}…`);
  return `${text}\n`;
}

/** The rules of a `_headers` text. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (/^\S/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const separator = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
    }
  }
  return rules;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How each host turns a rule's path into the request paths it matches (Netlify: netlify/build headers-parser
 * `getForRegExp`; Cloudflare: workers-sdk `generateRuleRegExp`), for checking that every page matches the rules
 * meant for it.
 */
export const HOST_RULE_PATTERNS: Record<'netlify' | 'cloudflare', (path: string) => RegExp> = {
  netlify: (path) => {
    const parts = path
      .split('/')
      .filter(Boolean)
      .map((part) => (part.startsWith(':') ? '([^/]+)' : part === '*' ? '?(.*)' : part.split('*').map(escape).join('(.*)')));
    return new RegExp(`^/${parts.join('/')}/?$`, 'i');
  },
  cloudflare: (path) =>
    new RegExp(
      `^${path
        .split('*')
        .map(escape)
        .join('(.*)')
        .replace(/:[A-Za-z]\w*/g, '([^/]+)')}$`,
    ),
};
