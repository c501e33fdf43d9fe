/**
 * What the browser suite checks by loading a page, checked here statically on every page of the build: the
 * content security policy, nothing loaded from another origin, and only the optional same-origin scripts. Then the
 * `_headers` file static hosts read: every page gets the common headers and exactly one policy, its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { COMMON_HEADERS, cspHeader, HOST_RULE_PATTERNS, parseHeadersFile } from '../../src/lib/security';
import { attributeValues, builtPages, DIST, decodeEntities } from '../support/built-site';

// BUILT_SITE checks another build (e.g. one made with `astro build --outDir`); by default, dist/.
const dist = process.env.BUILT_SITE ?? DIST;
const pages = builtPages(dist);
/** A search page: the one kind of page that runs WebAssembly (Pagefind), and so the one whose policy allows it. */
const runsSearch = (html: string) => html.includes('data-search-form');
const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const common = rules[0]!;
/** The path the site is served under (`BASE_PATH`): the common rule's, `<base>*`. */
const base = common.path.slice(0, -1);

/** The addresses a page loads by itself (not the ones a reader follows). */
function loadedResources(html: string): string[] {
  const tags = [...html.matchAll(/<(script|img|iframe|source|video|audio|embed|object|link)\b[^>]*>/g)].map((match) => match[0]);
  return tags.flatMap((tag) => {
    if (tag.startsWith('<link') && !/rel="(stylesheet|icon|preload|modulepreload|manifest)"/.test(tag)) return [];
    return [...attributeValues(` ${tag.slice(1)}`, 'src'), ...attributeValues(` ${tag.slice(1)}`, 'href'), ...attributeValues(` ${tag.slice(1)}`, 'data')];
  });
}

test.each(pages.map((page) => [page.path, page] as const))('%s has a strict content security policy, loads nothing from another origin and runs only its enhancement', (path, page) => {
  const policy = decodeEntities(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page.html)?.[1] ?? '');
  expect(policy).toContain("default-src 'none'");
  expect(policy).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval/);
  expect(policy.includes("'wasm-unsafe-eval'")).toBe(runsSearch(page.html));
  expect(loadedResources(page.html).filter((address) => /^(https?:)?\/\//.test(address))).toEqual([]);
  // Script elements: JSON-LD data, and the one optional same-origin script of the page's feature.
  const scripts = [...page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const inline = scripts.filter(([, attributes, body]) => !/type="application\/ld\+json"/.test(attributes!) && !/\ssrc="/.test(attributes!) && body!.trim() !== '');
  expect(inline.map(([tag]) => tag.slice(0, 80))).toEqual([]);
  const sources = scripts.flatMap(([, attributes]) => attributeValues(attributes!, 'src')).map((src) => (src.startsWith(base) ? `/${src.slice(base.length)}` : src));
  const expected = [
    ...(page.html.includes('class="cite-box"') ? ['/enhance/copy.js'] : []),
    ...(page.html.includes('data-explorer-controls') ? ['/enhance/explorer.js'] : []),
    ...(page.html.includes('data-search-form') ? ['/enhance/search.js'] : []),
  ];
  expect(sources.filter((src) => src.startsWith('/enhance/'))).toEqual(expected);
});

test('the resource check finds what a page would load from another origin', () => {
  expect(loadedResources('<img src="https://cdn.example.org/a.png"><a href="https://example.org/">x</a><link rel="stylesheet" href="//fonts.example.org/x.css">')).toEqual(['https://cdn.example.org/a.png', '//fonts.example.org/x.css']);
});

test('_headers opens with the common headers for every path under the base', () => {
  expect(common.path).toMatch(/^\/(.*\/)?\*$/);
  expect(common.headers).toEqual(Object.entries(COMMON_HEADERS));
});

test.each(['netlify', 'cloudflare'] as const)('on %s, every page of the build matches the common rule and exactly one policy rule, its own', (host) => {
  const wrong = pages.flatMap((page) => {
    // Cloudflare serves `x.html` at `/x`; both serve `x/index.html` at `/x/`.
    const path = `${base}${page.path.slice(1)}`;
    const requested = host === 'cloudflare' && path.endsWith('.html') ? path.slice(0, -'.html'.length) : path;
    const matching = rules.filter((rule) => HOST_RULE_PATTERNS[host](rule.path).test(requested));
    const policies = matching.flatMap((rule) => rule.headers.filter(([name]) => name === 'Content-Security-Policy').map(([, value]) => value));
    const expected = cspHeader(runsSearch(page.html));
    return matching.includes(common) && policies.length === 1 && policies[0] === expected ? [] : [`${requested}: ${matching.map((rule) => rule.path).join(', ') || 'no rule'}`];
  });
  expect(wrong).toEqual([]);
});

test.each(['netlify', 'cloudflare'] as const)("on %s, Pagefind's web worker gets the search policy: a worker runs with its own response's", (host) => {
  const worker = `${base}pagefind/pagefind-worker.js`;
  const policies = rules.filter((rule) => HOST_RULE_PATTERNS[host](rule.path).test(worker)).flatMap((rule) => rule.headers.filter(([name]) => name === 'Content-Security-Policy').map(([, value]) => value));
  expect(policies).toEqual([cspHeader(true)]);
});
