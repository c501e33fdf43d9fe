import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../schemas/language';
import { siteAddress } from './site';

/** The sub-path the site is served under, without its final slash: '' at the root, '/drones' under /drones/. */
const BASE = siteAddress().base.replace(/\/$/, '');

/** An address of the site from its path at the root: `/claims/` → `/drones/claims/` under the sub-path /drones/. */
export const withBase = (path: string) => `${BASE}${path}`;

/**
 * Where a page of the site lives in a language: English at the top level, every other language under its code
 * (`/es/claims/…`). Files that exist in one language only (chart downloads, open data) keep their address.
 */
export const inLanguage = (language: Language, path: string) => withBase(language === DEFAULT_LANGUAGE ? path : `/${language}${path}`);

/** A page's language and its address in the default language, from its path: what a language switcher pairs. */
export function pageLanguage(address: string): { language: Language; path: string } {
  // The path below the site's sub-path.
  const path = BASE && address.startsWith(`${BASE}/`) ? address.slice(BASE.length) : address;
  const language = LANGUAGES.find((candidate) => candidate !== DEFAULT_LANGUAGE && (path === `/${candidate}` || path.startsWith(`/${candidate}/`)));
  return language ? { language, path: path.slice(language.length + 1) || '/' } : { language: DEFAULT_LANGUAGE, path };
}

/** Permalinks of every record page in a language; links and tests use these, so a URL is defined once. */
export const pathsIn = (language: Language) => ({
  claim: (id: string) => inLanguage(language, `/claims/${id}/`),
  source: (id: string) => inLanguage(language, `/sources/${id}/`),
  actor: (id: string) => inLanguage(language, `/actors/${id}/`),
  /** Explainers live under /articles/; site pages such as About sit at the top level. */
  article: (id: string, kind: 'explainer' | 'site-page') => inLanguage(language, (kind === 'explainer' ? `/articles/${id}/` : `/${id}/`)),
  status: (status: string) => inLanguage(language, `/claims/#${status}`),
  /** Glossary terms share one page; each term is an anchor on it. */
  term: (id: string) => inLanguage(language, `/glossary/#${id}`),
  /** A chart's own page; its downloads sit beside it (no trailing slash: they are files). */
  chart: (id: string) => inLanguage(language, `/charts/${id}/`),
  chartFile: (id: string, format: 'svg' | 'png' | 'csv') => withBase(`/charts/${id}.${format}`),
  /** The anchor of a chart's figure on any page that shows it. */
  chartAnchor: (id: string) => `chart-${id}`,
  /** A use's hub: what the site holds on one kind of drone use (`/uses/attack/`). */
  use: (use: string) => inLanguage(language, `/uses/${use}/`),
  /** A country's hub, by its ISO code in lowercase (`/countries/mx/`). */
  country: (code: string) => inLanguage(language, `/countries/${code.toLowerCase()}/`),
  /** Citation files of any citable thing, by its citation id (`claim-<id>`, `article-<id>`, …). */
  citeFile: (citationId: string, format: 'bib' | 'ris' | 'json') => inLanguage(language, `/cite/${citationId}.${format}`),
});

/** Permalinks in English. */
export const paths = pathsIn(DEFAULT_LANGUAGE);

/** The `lang` route parameter of a page in a language (`src/pages/[...lang]/`): none for the default language. */
export const langParam = (language: Language) => (language === DEFAULT_LANGUAGE ? undefined : language);

/** Route parameters of a page that exists once per language. */
export const languageRoutes = () => LANGUAGES.map((language) => ({ params: { lang: langParam(language) } }));

/**
 * Route entries of record pages: each record in English and in the languages `has` says it is translated into.
 * (The other languages' addresses of the rest say the page is not translated: `src/pages/[lang]/`.)
 */
export function translatedRoutes<T, Params extends Record<string, string>, Props>(records: T[], has: (record: T, language: Language) => boolean, route: (record: T, language: Language) => { params: Params; props: Props }) {
  return records.flatMap((record) =>
    LANGUAGES.filter((language) => language === DEFAULT_LANGUAGE || has(record, language)).map((language) => {
      const { params, props } = route(record, language);
      return { params: { ...params, lang: langParam(language) }, props };
    }),
  );
}

/**
 * The language of the page at a URL, from its first path segment only (Astro's `currentLocale` matches a locale
 * code anywhere in the path, so it would take Spain's hub, `/countries/es/`, for a Spanish page).
 */
export const languageAt = (url: URL): Language => pageLanguage(url.pathname).language;
