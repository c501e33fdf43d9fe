import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built site these gates read; `npm test` builds it first. */
export const DIST = 'dist';

export interface BuiltPage {
  /** URL path, e.g. `/claims/x/` or `/404.html`. */
  path: string;
  /** File in `dist/`. */
  file: string;
  html: string;
}

/** Every HTML page of the build. */
export function builtPages(dist = DIST): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.html')) {
        const url = `/${relative(dist, file).split(sep).join('/')}`;
        pages.push({ path: url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url, file, html: readFileSync(file, 'utf8') });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** The file a site path is served from, or null when the build has none. */
export function fileForPath(path: string, dist = DIST): string | null {
  const file = join(dist, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));
  return existsSync(file) ? file : null;
}

/** Values of one attribute on every element that has it (Astro writes attributes with double quotes). */
export function attributeValues(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((match) => decodeEntities(match[1]!));
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
