/**
 * The site as a publisher: one definition for the page header, metadata, citations and downloads. The name is
 * written with "and", not "&": BibTeX exporters pass a group author's name through unescaped, and a bare "&"
 * breaks LaTeX.
 */
export const SITE = {
  /** Short name: the author and publisher of every page in citations. */
  name: 'Drones and Organized Crime',
  /** Full title, as the site header and the container of every cited page; a name, so in title case in every style. */
  title: 'Drones and Organized Crime: An Evidence-Graded Explainer',
  language: 'en',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;
