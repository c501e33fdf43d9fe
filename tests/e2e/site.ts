import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page of the built site, as a URL path (`/claims/x/`), read from `dist/`. */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const url = `/${relative(dist, path).split(sep).join('/')}`;
        pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
      }
    }
  };
  walk(dist);
  return pages.sort();
}
