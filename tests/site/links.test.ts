import { expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { attributeValues, builtPages, fileForPath } from '../support/built-site';

const site = new URL(config.site!);
const pages = builtPages();
const idsByFile = new Map(pages.map((page) => [page.file, new Set(attributeValues(page.html, 'id'))]));

/** Problems with one link, read the way a browser resolves it from `page`. */
function linkProblems(pagePath: string, href: string): string[] {
  let url: URL;
  try {
    url = new URL(href, new URL(pagePath, site));
  } catch {
    return [`"${href}" is not a well-formed URL`];
  }
  if (url.origin !== site.origin) {
    // External links come from source records: they must be absolute http(s) addresses with a real host name.
    if (!/^https?:$/.test(url.protocol)) return [`"${href}" is not an http(s) link`];
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) || /\s/.test(href)) return [`"${href}" has no well-formed host`];
    return [];
  }
  const file = fileForPath(url.pathname);
  if (!file) return [`"${href}" leads to no page of the build`];
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && !idsByFile.get(file)?.has(anchor)) return [`"${href}" points to #${anchor}, which ${url.pathname} does not have`];
  return [];
}

test.each(pages.map((page) => [page.path, page] as const))('every link on %s resolves', (_, page) => {
  const links = attributeValues(page.html, 'href');
  expect(links.length).toBeGreaterThan(0);
  expect(links.flatMap((href) => linkProblems(page.path, href))).toEqual([]);
});

test('the link check catches a missing page, a missing anchor and a malformed external link', () => {
  expect(linkProblems('/claims/', '/claims/no-such-claim/')).toEqual(['"/claims/no-such-claim/" leads to no page of the build']);
  expect(linkProblems('/claims/', '/methodology/#no-such-anchor')).toEqual(['"/methodology/#no-such-anchor" points to #no-such-anchor, which /methodology/ does not have']);
  expect(linkProblems('/claims/', 'https://localhost/x')).toEqual(['"https://localhost/x" has no well-formed host']);
  expect(linkProblems('/claims/', 'javascript:alert(1)')).toEqual(['"javascript:alert(1)" is not an http(s) link']);
  expect(linkProblems('/claims/', '#main')).toEqual([]);
});
