/**
 * What the browser suite checks by loading a page, checked here statically on every page of the build: the
 * content security policy, nothing loaded from another origin, and only the optional same-origin scripts.
 */
import { expect, test } from 'vitest';
import { attributeValues, builtPages, decodeEntities } from '../support/built-site';

const pages = builtPages();

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
  expect(loadedResources(page.html).filter((address) => /^(https?:)?\/\//.test(address))).toEqual([]);
  // Script elements: JSON-LD data, and the one optional same-origin script of the page's feature.
  const scripts = [...page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const inline = scripts.filter(([, attributes, body]) => !/type="application\/ld\+json"/.test(attributes!) && !/\ssrc="/.test(attributes!) && body!.trim() !== '');
  expect(inline.map(([tag]) => tag.slice(0, 80))).toEqual([]);
  const sources = scripts.flatMap(([, attributes]) => attributeValues(attributes!, 'src'));
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
