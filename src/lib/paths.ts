/** Permalinks of every record page; links and tests use these, so a URL is defined once. */
export const paths = {
  claim: (id: string) => `/claims/${id}/`,
  source: (id: string) => `/sources/${id}/`,
  actor: (id: string) => `/actors/${id}/`,
  /** Explainers live under /articles/; site pages such as About sit at the top level. */
  article: (id: string, kind: 'explainer' | 'site-page') => (kind === 'explainer' ? `/articles/${id}/` : `/${id}/`),
  status: (status: string) => `/claims/#${status}`,
  /** Glossary terms share one page; each term is an anchor on it. */
  term: (id: string) => `/glossary/#${id}`,
  /** A chart's own page; its downloads sit beside it (no trailing slash: they are files). */
  chart: (id: string) => `/charts/${id}/`,
  chartFile: (id: string, format: 'svg' | 'png' | 'csv') => `/charts/${id}.${format}`,
  /** The anchor of a chart's figure on any page that shows it. */
  chartAnchor: (id: string) => `chart-${id}`,
  /** A use's hub: what the site holds on one kind of drone use (`/uses/attack/`). */
  use: (use: string) => `/uses/${use}/`,
  /** A country's hub, by its ISO code in lowercase (`/countries/mx/`). */
  country: (code: string) => `/countries/${code.toLowerCase()}/`,
  /** Citation files of any citable thing, by its citation id (`claim-<id>`, `article-<id>`, …). */
  citeFile: (citationId: string, format: 'bib' | 'ris' | 'json') => `/cite/${citationId}.${format}`,
};
