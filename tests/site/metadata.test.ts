import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { checkContent } from '../../src/lib/content/check';
import { CONTENT_DIR } from '../../src/lib/content/location';
import { paths } from '../../src/lib/paths';
import { builtPages, decodeEntities, fileForPath } from '../support/built-site';

const site = config.site!;
const pages = builtPages().filter((page) => page.path !== '/404.html');
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

test.each(pages.map((page) => [page.path, page] as const))('%s carries citation, Dublin Core, Open Graph and JSON-LD metadata', (path, page) => {
  const tags = meta(page.html);
  const url = new URL(path, site).href;
  for (const key of ['citation_title', 'citation_author', 'citation_publication_date', 'citation_publisher', 'citation_language', 'citation_public_url', 'DC.title', 'DC.creator', 'DC.date', 'og:title', 'og:url', 'og:type']) {
    expect(tags.get(key), key).toHaveLength(1);
  }
  expect(tags.get('citation_publication_date')![0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  expect(tags.get('citation_public_url')![0]).toBe(url);
  expect(tags.get('og:url')![0]).toBe(url);
  // No journal, book or report title, and og:type website: reference managers import a web page.
  expect([...tags.keys()].filter((key) => /citation_(journal|book|technical_report|conference|dissertation)/.test(key))).toEqual([]);
  expect(tags.get('og:type')![0]).toBe('website');
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
