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

/** Where the site is served when `SITE_URL` and `BASE_PATH` are not set. */
export const DEFAULT_ADDRESS = { url: 'https://drones-and-crime.example.org', base: '/' } as const;

/**
 * The site's address, from the environment at build time: `SITE_URL`, an origin (`https://example.edu`), and
 * `BASE_PATH`, the sub-path it is served under (`/drones/`). Every link, citation, feed and file names it.
 */
export function siteAddress(env: Record<string, string | undefined> = process.env): { url: string; base: string } {
  const url = env.SITE_URL || DEFAULT_ADDRESS.url;
  const base = env.BASE_PATH || DEFAULT_ADDRESS.base;
  let origin: URL;
  try {
    origin = new URL(url);
  } catch {
    throw new Error(`SITE_URL "${url}" is not an address; give an origin such as https://example.edu`);
  }
  if (!/^https?:$/.test(origin.protocol) || origin.pathname !== '/' || origin.search || origin.hash) {
    throw new Error(`SITE_URL "${url}" must be an origin such as https://example.edu, without a path; put a sub-path in BASE_PATH`);
  }
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(base)) throw new Error(`BASE_PATH "${base}" must start and end with "/", such as /drones/`);
  return { url: origin.origin, base };
}
