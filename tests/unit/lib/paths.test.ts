import { expect, test } from 'vitest';
import { inLanguage, languageRoutes, pageLanguage, paths, pathsIn, translatedRoutes } from '../../../src/lib/paths';

test('English lives at the top level and every other language under its code; downloads keep one address', () => {
  expect(inLanguage('en', '/claims/')).toBe('/claims/');
  expect(inLanguage('es', '/claims/')).toBe('/es/claims/');
  expect(pathsIn('es').claim('a')).toBe('/es/claims/a/');
  expect(pathsIn('es').article('about', 'site-page')).toBe('/es/about/');
  expect(pathsIn('es').citeFile('claim-a', 'bib')).toBe('/es/cite/claim-a.bib');
  expect(pathsIn('es').chartFile('timeline', 'svg')).toBe(paths.chartFile('timeline', 'svg'));
  expect(paths.claim('a')).toBe('/claims/a/');
});

test("a path's language and its English address, for the language switcher and hreflang", () => {
  expect(pageLanguage('/es/claims/a/')).toEqual({ language: 'es', path: '/claims/a/' });
  expect(pageLanguage('/es/')).toEqual({ language: 'es', path: '/' });
  expect(pageLanguage('/claims/a/')).toEqual({ language: 'en', path: '/claims/a/' });
  // A page whose own address starts with the letters of a language code is not in that language.
  expect(pageLanguage('/essays/')).toEqual({ language: 'en', path: '/essays/' });
});

test('routes: one per language, or per record in English and the languages it is translated into', () => {
  expect(languageRoutes()).toEqual([{ params: { lang: undefined } }, { params: { lang: 'es' } }]);
  const routes = translatedRoutes(['a', 'b'], (id, language) => id === 'a' && language === 'es', (id, language) => ({ params: { id }, props: { language } }));
  expect(routes).toEqual([
    { params: { id: 'a', lang: undefined }, props: { language: 'en' } },
    { params: { id: 'a', lang: 'es' }, props: { language: 'es' } },
    { params: { id: 'b', lang: undefined }, props: { language: 'en' } },
  ]);
});
