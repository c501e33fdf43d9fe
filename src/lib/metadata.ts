/**
 * What reference managers, search engines and link previews read from a page's head, from one description of the
 * page. Zotero's connector prefers the page's COinS (see `citation/coins.ts`), which name the organisation as
 * one author; its Embedded Metadata translator reads the meta tags, and search engines read JSON-LD.
 */
import type { CslItem } from './citation/items';
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
  /**
   * The works the page offers to reference managers, the page's own record first (as its cite box cites it),
   * then any original it describes (a source page's document).
   */
  works: CslItem[];
  /** The page's language (BCP 47); the site's by default. */
  language?: string;
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
 * Meta tags as [attribute, key, content], read by Zotero's Embedded Metadata translator as well as by search
 * engines. Zotero splits every `citation_author` and `DC.creator` into a person's first and last name, so the
 * site, an organisation, is named only in COinS; `DC.type` would become the item's genre ("[Text]"), so it is
 * written only for the data set, where it makes the item a data set. The date is the version the cite box names.
 */
export function metaTags(page: PageDescription): ['name' | 'property', string, string][] {
  const dataset = page.works[0]?.type === 'dataset';
  return [
    ['name', 'citation_title', page.title],
    ['name', 'citation_publication_date', highwireDate(page.updated)],
    ['name', 'citation_publisher', SITE.name],
    ['name', 'citation_language', page.language ?? SITE.language],
    ['name', 'citation_public_url', page.url],
    ['name', 'DC.title', page.title],
    ['name', 'DC.publisher', SITE.name],
    ['name', 'DC.date', page.updated],
    ['name', 'DCTERMS.modified', page.updated],
    ['name', 'DC.language', page.language ?? SITE.language],
    ['name', 'DC.identifier', page.url],
    ['name', 'DC.rights', SITE.licence.name],
    // Open Graph's "website" outranks Dublin Core's type in Zotero, so the data set page leaves it out.
    ...(dataset ? ([['name', 'DC.type', 'Dataset']] as ['name', string, string][]) : ([['property', 'og:type', 'website']] as ['property', string, string][])),
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
    inLanguage: page.language ?? SITE.language,
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
