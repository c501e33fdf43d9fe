import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { checkContent } from '../../src/check';
import { CONTENT_DIR } from '../../src/lib/content/location';
import { pageLanguage, paths, pathsIn } from '../../src/lib/paths';
import { coinsUrl } from '../../src/lib/citation/coins';
import { isoDate, type CslItem } from '../../src/lib/citation/items';
import { WORK_TYPES } from '../../src/lib/citation/types';
import { SITE } from '../../src/lib/site';
import { attributeValues, builtPages, decodeEntities, fileForPath } from '../support/built-site';

const site = config.site!;
// Pages with an address of their own: not the 404 page, nor a page saying it is not translated yet.
const pages = builtPages().filter((page) => page.path !== '/404.html' && !page.html.includes('<meta name="robots" content="noindex">'));
const { content } = checkContent(CONTENT_DIR);

/** Every `<meta name|property="key" content="…">` of a page, as key → contents. */
function meta(html: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const match of html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g)) {
    tags.set(match[1]!, [...(tags.get(match[1]!) ?? []), decodeEntities(match[2]!)]);
  }
  return tags;
}

const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);

/** The COinS of a page, each decoded as Zotero's OpenURL parser reads a KEV context object ("+" as a space). */
function coins(html: string): Map<string, string[]>[] {
  return attributeValues(html.replace(/<span class="Z3988"/g, '\u0000').split('\u0000').slice(1).map((rest) => `<span${rest}`).join(''), 'title').map((kev) => {
    const pairs = new Map<string, string[]>();
    for (const part of kev.split('&')) {
      const [key, value = ''] = part.split('=');
      pairs.set(key!, [...(pairs.get(key!) ?? []), decodeURIComponent(value.replace(/\+|%2[bB]/g, ' '))]);
    }
    return pairs;
  });
}

/** A page's own citation record, when it has a cite box: the CSL-JSON its cite files are written from. */
function citedAs(path: string): CslItem | undefined {
  const { language, path: english } = pageLanguage(path);
  const id = citationIdOf(english);
  return id ? (JSON.parse(readFileSync(fileForPath(pathsIn(language).citeFile(id, 'json'))!, 'utf8')) as CslItem[])[0] : undefined;
}

function citationIdOf(path: string): string | undefined {
  const match = /^\/(articles|claims|charts|sources)\/([^/]+)\/$/.exec(path);
  if (match) return `${{ articles: 'article', claims: 'claim', charts: 'chart', sources: 'source' }[match[1] as 'articles']}-${match[2]}`;
  if (path === '/data/') return 'data-open-data';
  const article = content.articles.find((entry) => entry.data.kind === 'site-page' && paths.article(entry.id, 'site-page') === path);
  return article ? `article-${article.id}` : undefined;
}

test.each(pages.map((page) => [page.path, page] as const))('%s carries citation, Dublin Core, Open Graph, COinS and JSON-LD metadata', (path, page) => {
  const english = pageLanguage(path).path;
  const tags = meta(page.html);
  const url = new URL(path, site).href;
  for (const key of ['citation_title', 'citation_publication_date', 'citation_publisher', 'citation_language', 'citation_public_url', 'DC.title', 'DC.date', 'og:title', 'og:url']) {
    expect(tags.get(key), key).toHaveLength(1);
  }
  // Zotero splits these into a person's first and last names, and reads DC.type as a genre ("[Text]").
  for (const key of ['citation_author', 'DC.creator', 'author']) expect(tags.get(key), key).toBeUndefined();
  expect(page.html).not.toMatch(/class="[^"]*\b(byline|vcard)\b/);
  expect(tags.get('citation_publication_date')![0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  expect(tags.get('citation_publication_date')![0]!.replaceAll('/', '-')).toBe(tags.get('DC.date')![0]);
  expect(tags.get('citation_public_url')![0]).toBe(url);
  expect(tags.get('og:url')![0]).toBe(url);
  // No journal, book or report title: reference managers do not take a page for a journal article.
  expect([...tags.keys()].filter((key) => /citation_(journal|book|technical_report|conference|dissertation)/.test(key))).toEqual([]);
  if (english === '/data/') {
    expect([tags.get('DC.type'), tags.get('og:type')]).toEqual([['Dataset'], undefined]);
  } else {
    expect([tags.get('DC.type'), tags.get('og:type')]).toEqual([undefined, ['website']]);
  }
  // COinS: the page itself first, the site as one organisation, the same title and version date as the cite box.
  const [own, ...others] = coins(page.html);
  expect(own!.get('rft.aucorp')).toEqual([SITE.name]);
  expect(own!.get('rft.aulast')).toBeUndefined();
  expect(own!.get('rft.title')).toEqual(tags.get('citation_title'));
  expect(own!.get('rft.date')).toEqual(tags.get('DC.date'));
  expect(own!.get('rft_id')).toEqual([url]);
  expect(own!.get('rft.type')).toEqual([english === '/data/' ? 'dataset' : 'webpage']);
  const cited = citedAs(path);
  if (cited && !english.startsWith('/sources/')) {
    expect(tags.get('citation_title')).toEqual([cited.title]);
    expect(tags.get('DC.date')).toEqual([isoDate(cited.issued!)]);
  }
  // A source page also offers the original document, as its cite box cites it.
  expect(others.length).toBe(/^\/sources\/[^/]+\/$/.test(english) ? 1 : 0);
  if (cited && english.startsWith('/sources/')) {
    const original = others[0]!;
    const journal = cited.type === 'article-journal';
    expect(original.get(journal ? 'rft.atitle' : 'rft.title')).toEqual([cited.title]);
    if (!journal) expect(original.get('rft.type')).toEqual([WORK_TYPES[cited.type].zotero]);
    expect(original.get('rft.date')).toEqual(cited.issued ? [isoDate(cited.issued)] : undefined);
    expect(original.get('rft_id')).toEqual(cited.URL && coinsUrl(cited.URL) ? [coinsUrl(cited.URL)] : undefined);
    const names = (cited.author ?? []).map((name) => ('literal' in name ? name.literal : name.family));
    expect([...(original.get('rft.aucorp') ?? []), ...(original.get('rft.aulast') ?? [])].sort()).toEqual(names.sort());
  }
  expect(page.html).toContain(`<link rel="canonical" href="${url}">`);
  const data = jsonLd(page.html);
  expect(data['@context']).toBe('https://schema.org');
  expect(data.url).toBe(url);
  expect(data.datePublished <= data.dateModified).toBe(true);
});

test('articles are schema.org Articles dated from their front matter', () => {
  for (const article of content.articles.filter((entry) => entry.data.kind === 'explainer')) {
    const html = readFileSync(fileForPath(paths.article(article.id, 'explainer'))!, 'utf8');
    const data = jsonLd(html);
    expect(data['@type']).toBe('Article');
    expect([data.headline, data.datePublished, data.dateModified]).toEqual([article.data.title, article.data.published, article.data.updated]);
    expect(meta(html).get('citation_title')).toEqual([article.data.title]);
    // A link-preview image drawn at build time, served by the site itself.
    const image = meta(html).get('og:image')![0]!;
    expect(fileForPath(new URL(image).pathname), image).not.toBeNull();
    expect(meta(html).get('og:image:alt')![0]).toContain(article.data.title);
  }
});

test('claim pages describe a schema.org Claim with where it appears', () => {
  for (const claim of content.claims) {
    const data = jsonLd(readFileSync(fileForPath(paths.claim(claim.id))!, 'utf8'));
    expect(data.mainEntity['@type']).toBe('Claim');
    expect(data.mainEntity.text).toBe(claim.data.statement);
    expect(data.mainEntity.datePublished).toBe(claim.data.published);
    expect(data.mainEntity.appearance.length).toBe(claim.data.sources.filter((use) => use.relation === 'supports').length);
  }
});

test('a translated article describes itself in its language: title, dates, language and a link-preview image of its own', () => {
  for (const translation of content.translations) {
    const article = content.articles.find((entry) => entry.id === translation.id)!;
    const html = readFileSync(fileForPath(pathsIn(translation.language).article(article.id, article.data.kind))!, 'utf8');
    const tags = meta(html);
    expect([tags.get('citation_title'), tags.get('citation_language'), tags.get('DC.language')]).toEqual([[translation.data.title], [translation.language], [translation.language]]);
    expect(jsonLd(html).inLanguage).toBe(translation.language);
    if (article.data.kind !== 'explainer') continue;
    const image = tags.get('og:image')![0]!;
    expect(new URL(image).pathname).toBe(`/${translation.language}/og/${article.id}.png`);
    expect(fileForPath(new URL(image).pathname), image).not.toBeNull();
  }
});
