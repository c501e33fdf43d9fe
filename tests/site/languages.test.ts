/**
 * The two editions, checked on every page of the build: each page says its language, offers the same page in
 * the other, pairs with its translation both ways, and a page that only says it is not translated is neither
 * indexed nor paired. A Spanish page shows no English interface word outside text marked as English.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { pageLanguage } from '../../src/lib/paths';
import { SITE } from '../../src/lib/site';
import { attributeValues, builtPages, decodeEntities, DIST, fileForPath } from '../support/built-site';

const SITE_TITLE = SITE.title;
const pages = builtPages().filter((page) => page.path !== '/404.html');
const byPath = new Map(pages.map((page) => [page.path, page]));
const ORIGIN = new URL(/<loc>([^<]*)<\/loc>/.exec(readFileSync(`${DIST}/sitemap-index.xml`, 'utf8'))![1]!).origin;
const local = (href: string) => href.replace(ORIGIN, '');
const noindex = (html: string) => html.includes('<meta name="robots" content="noindex">');
const alternates = (html: string) => new Map([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [match[1]!, local(match[2]!)]));

test.each(pages.map((page) => [page.path, page] as const))('%s says its language, offers the other, and pairs with its translation both ways', (path, page) => {
  const { language, path: english } = pageLanguage(path);
  expect(/<html lang="([^"]+)"/.exec(page.html)?.[1]).toBe(language);
  const switcher = /<nav class="language-switch"[^>]*>([\s\S]*?)<\/nav>/.exec(page.html)?.[1] ?? '';
  const offered = attributeValues(switcher, 'href');
  expect(offered.length, 'a language switcher').toBe(1);
  expect(pageLanguage(offered[0]!).path, 'the same page in the other language').toBe(english);
  expect(fileForPath(offered[0]!), `${offered[0]} exists`).not.toBeNull();
  const pairs = alternates(page.html);
  if (noindex(page.html)) {
    expect([...pairs.keys()], 'a page saying it is not translated pairs with nothing').toEqual([]);
    return;
  }
  if (pairs.size === 0) return;
  expect(pairs.get(language)).toBe(path);
  expect(pairs.get('x-default')).toBe(english);
  for (const [hreflang, href] of pairs) {
    if (hreflang === 'x-default') continue;
    const other = byPath.get(href);
    expect(other, `${href} exists`).toBeDefined();
    expect(noindex(other!.html), `${href} is a translation, not a page saying there is none`).toBe(false);
    expect(alternates(other!.html).get(language), `${href} names ${path} back`).toBe(path);
  }
});

test('a translated page and its original name each other; an untranslated page sends the reader to the original', () => {
  const translated = byPath.get('/es/methodology/')!;
  expect(alternates(translated.html)).toEqual(new Map([['en', '/methodology/'], ['es', '/es/methodology/'], ['x-default', '/methodology/']]));
  // Any Spanish page that says it is not translated (which ones they are changes as the translation goes on).
  const stub = pages.find((page) => pageLanguage(page.path).language === 'es' && noindex(page.html));
  if (!stub) return;
  expect(attributeValues(/<main[\s\S]*<\/main>/.exec(stub.html)![0], 'href')).toContain(pageLanguage(stub.path).path);
});

test('the sitemap lists every indexable page of both languages, with its translation, and no page saying there is none', () => {
  const sitemap = readFileSync(`${DIST}/sitemap-0.xml`, 'utf8');
  const listed = new Set([...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => local(match[1]!)));
  const indexable = pages.filter((page) => !noindex(page.html)).map((page) => page.path);
  expect([...listed].sort()).toEqual(indexable.sort());
  const entry = /<url><loc>[^<]*\/es\/methodology\/<\/loc>(.*?)<\/url>/.exec(sitemap)![1]!;
  expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${ORIGIN}/methodology/"/>`);
  expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="es" href="${ORIGIN}/es/methodology/"/>`);
});

/** Every entry of the English dictionary that Spanish writes differently, as the interface shows it. */
function englishWords(english: unknown, spanish: unknown): string[] {
  if (typeof english === 'string') return english !== spanish && /[a-z]{3}/i.test(english) ? [english.trim()] : [];
  if (english && typeof english === 'object') return Object.entries(english).flatMap(([key, value]) => englishWords(value, (spanish as Record<string, unknown>)?.[key]));
  return [];
}
const ENGLISH = [...new Set(englishWords(en, es).map((entry) => entry.replace(/[:.]$/, '')))];
/**
 * A short entry ("Sources", "First published") is found only as the whole text of an element, as the interface
 * writes it, so English titles and names in the records do not count; a longer one, anywhere in the text.
 */
const SHORT = (entry: string) => entry.split(/\s+/).length < 3;

/** The texts of a page a reader meets as the page's own words: without scripts, code, and anything marked with another language. */
function ownTexts(html: string): string[] {
  // The site's name is a name, the same in every language.
  let body = /<body[\s\S]*<\/body>/.exec(html)![0].replace(/<(script|pre|template|svg)\b[\s\S]*?<\/\1>/g, ' ').replaceAll(SITE_TITLE, ' ');
  // Remove elements marked with another language, innermost first, until none is left.
  for (let before = ''; before !== body; ) {
    before = body;
    body = body.replace(/<(\w+)\b[^>]*\slang="(?!es")[^"]*"[^>]*>(?:(?!<\1\b)[\s\S])*?<\/\1>/g, ' ');
  }
  return [...body.matchAll(/>([^<]+)</g)].map((match) => decodeEntities(match[1]!).replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
}

function englishIn(html: string): string[] {
  const texts = ownTexts(html);
  const whole = new Set(texts.map((text) => text.replace(/[:.]$/, '')));
  const joined = texts.join(' ');
  return ENGLISH.filter((entry) => (SHORT(entry) ? whole.has(entry) : joined.includes(entry)));
}

test.each(pages.filter((page) => pageLanguage(page.path).language === 'es').map((page) => [page.path, page] as const))('%s shows no English interface word outside text marked as English', (_, page) => {
  expect(englishIn(page.html)).toEqual([]);
});

test('the English-word check finds an English interface word and ignores one marked as English or inside a title', () => {
  const page = (inner: string) => `<html lang="es"><body><main>${inner}</main></body></html>`;
  expect(ENGLISH).toContain('First published');
  expect(englishIn(page('<p>First published <time>1</time></p>'))).toEqual(['First published']);
  expect(englishIn(page('<p>Publicado <span lang="en">First published</span></p>'))).toEqual([]);
  expect(englishIn(page('<p>«Sources of drone crime», dijo</p>'))).toEqual([]);
  expect(englishIn(page('<h2>Sources</h2>'))).toEqual(['Sources']);
});

test('a chart page in Spanish shows the chart in Spanish and cites it there; its downloads are the one set of English files', () => {
  const page = byPath.get('/es/charts/timeline/')!;
  expect(noindex(page.html)).toBe(false);
  expect(decodeEntities(/<h1>([^<]*)<\/h1>/.exec(page.html)![1]!)).toBe(es.charts.timeline.title);
  const hrefs = attributeValues(page.html, 'href');
  expect(hrefs).toEqual(expect.arrayContaining(['/es/cite/chart-timeline.bib', '/charts/timeline.svg', '/charts/timeline.png', '/charts/timeline.csv']));
  expect(fileForPath('/es/cite/chart-timeline.bib')).not.toBeNull();
  expect(fileForPath('/es/charts/timeline.svg')).toBeNull();
});

test('the Spanish actors index links every actor’s Spanish page, and an actor page marks its English description', () => {
  const index = byPath.get('/es/actors/')!;
  const actorPages = pages.filter((page) => /^\/actors\/[^/]+\/$/.test(page.path)).map((page) => `/es${page.path}`);
  expect(actorPages.length).toBeGreaterThan(0);
  expect(attributeValues(index.html, 'href')).toEqual(expect.arrayContaining(actorPages));
  for (const path of actorPages) expect(byPath.get(path), path).toBeDefined();
  const actor = byPath.get(actorPages[0]!)!;
  expect(/<article class="record actor-page"[\s\S]*?<h1>[^<]*<\/h1>\s*<p lang="en">/.test(actor.html)).toBe(true);
});
