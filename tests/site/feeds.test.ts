import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { checkContent } from '../../src/check';
import { CONTENT_DIR } from '../../src/lib/content/location';
import { statusCorrections } from '../../src/lib/evidence/corrections';
import { fileForPath } from '../support/built-site';

const { content } = checkContent(CONTENT_DIR);
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });

/** RSS 2.0 (https://www.rssboard.org/rss-specification): required channel and item elements, RFC 822 dates. */
function readFeed(path: string) {
  const xml = readFileSync(fileForPath(path)!, 'utf8');
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = parser.parse(xml);
  expect(feed.rss['@_version']).toBe('2.0');
  const { channel } = feed.rss;
  for (const field of ['title', 'link', 'description']) expect(channel[field], `channel ${field}`).toBeTruthy();
  const items: Record<string, any>[] = channel.item ?? [];
  for (const item of items) {
    expect(item.title && item.link && item.guid, JSON.stringify(item)).toBeTruthy();
    expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(new URL(item.link).origin).toBe(new URL(config.site!).origin);
    expect(fileForPath(new URL(item.link).pathname), item.link).not.toBeNull();
  }
  return items;
}

test('the article feed is valid RSS 2.0 with every explainer, newest first', () => {
  const items = readFeed('/rss.xml');
  expect(items.length).toBe(content.articles.filter((article) => article.data.kind === 'explainer').length);
  const dates = items.map((item) => Date.parse(item.pubDate));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
});

test('the corrections feed is valid RSS 2.0 with every status change and logged correction', () => {
  const items = readFeed('/corrections.xml');
  const expected = statusCorrections(content.claims).length + content.claims.reduce((sum, claim) => sum + claim.data.changes.length, 0) + content.articles.reduce((sum, article) => sum + article.data.changes.length, 0);
  expect(items.length).toBe(expected);
  expect(new Set(items.map((item) => (typeof item.guid === 'string' ? item.guid : item.guid['#text']))).size).toBe(items.length);
});

test('every page is in the sitemap, and robots.txt points to it', () => {
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  expect(sitemap).toContain(`<loc>${new URL('/claims/cjng-members-trained-in-ukraine/', config.site).href}</loc>`);
  expect(sitemap).not.toContain('404');
  expect(readFileSync('dist/robots.txt', 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', config.site).href}`);
});
