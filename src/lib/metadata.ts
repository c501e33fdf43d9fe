/**
 * What reference managers, search engines and link previews read from a page's head, from one description of the
 * page. Zotero reads the meta tags (Highwire first, then Dublin Core and Open Graph); search engines read JSON-LD.
 */
import { SITE } from './site';

export interface PageDescription {
  /** The work's own title, without the site name. */
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  /** First published and last updated, ISO dates from the content. */
  published: string;
  updated: string;
  /** schema.org type of the page: `Article` for explainers, `WebPage` otherwise. */
  type: 'Article' | 'WebPage' | 'CollectionPage';
  /** What the page is mainly about, as schema.org JSON-LD (a Claim, a Dataset, …). */
  mainEntity?: Record<string, unknown>;
  /** A link-preview image: absolute URL, size and a text alternative. */
  image?: { url: string; width: number; height: number; alt: string };
}

/** Highwire dates are written YYYY/MM/DD. */
const highwireDate = (iso: string) => iso.replaceAll('-', '/');

/**
 * Meta tags as [attribute, key, content]. The item type follows from the tags: Highwire tags without a journal,
 * book or report title and `og:type` "website" make Zotero save a Web Page, which is what each page is.
 */
export function metaTags(page: PageDescription): ['name' | 'property', string, string][] {
  return [
    ['name', 'citation_title', page.title],
    ['name', 'citation_author', SITE.name],
    ['name', 'citation_publication_date', highwireDate(page.published)],
    ['name', 'citation_online_date', highwireDate(page.updated)],
    ['name', 'citation_publisher', SITE.name],
    ['name', 'citation_language', SITE.language],
    ['name', 'citation_public_url', page.url],
    ['name', 'DC.title', page.title],
    ['name', 'DC.creator', SITE.name],
    ['name', 'DC.publisher', SITE.name],
    ['name', 'DC.date', page.published],
    ['name', 'DCTERMS.modified', page.updated],
    ['name', 'DC.language', SITE.language],
    ['name', 'DC.identifier', page.url],
    ['name', 'DC.rights', SITE.licence.name],
    ['name', 'DC.type', 'Text'],
    ['property', 'og:type', 'website'],
    ['property', 'og:title', page.title],
    ['property', 'og:description', page.description],
    ['property', 'og:url', page.url],
    ['property', 'og:site_name', SITE.title],
    ['property', 'og:locale', 'en_GB'],
    ...(page.image
      ? ([
          ['property', 'og:image', page.image.url],
          ['property', 'og:image:width', String(page.image.width)],
          ['property', 'og:image:height', String(page.image.height)],
          ['property', 'og:image:alt', page.image.alt],
          ['name', 'twitter:card', 'summary_large_image'],
        ] as ['name' | 'property', string, string][])
      : []),
  ];
}

/** The page as schema.org JSON-LD. */
export function jsonLd(page: PageDescription, site: string): Record<string, unknown> {
  const organisation = { '@type': 'Organization', name: SITE.name, url: site };
  return {
    '@context': 'https://schema.org',
    '@type': page.type,
    [page.type === 'Article' ? 'headline' : 'name']: page.title,
    description: page.description,
    url: page.url,
    inLanguage: SITE.language,
    datePublished: page.published,
    dateModified: page.updated,
    author: organisation,
    publisher: organisation,
    license: SITE.licence.url,
    isPartOf: { '@type': 'WebSite', name: SITE.title, url: site },
    ...(page.mainEntity ? { mainEntity: page.mainEntity } : {}),
    ...(page.image ? { image: page.image.url } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: "<" is written as \u003c so no text from a record can
 * close the element.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
