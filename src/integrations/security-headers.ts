import { readdirSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile, SEARCH_ENGINE_FOLDER } from '../lib/security';
import { TRANSLATED_LANGUAGES } from '../schemas/language';

/** A folder's entries, folders ending in `/`. */
function entriesOf(folder: URL, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).map((entry) => `${prefix}${entry.name}${entry.isDirectory() ? '/' : ''}`);
}

/**
 * Writes `_headers` into the build, so Netlify and Cloudflare Pages send the pages' Content-Security-Policy (with
 * the header-only directives) and the common security headers. The policy goes by section of the build, so the
 * integration lists the top-level folders and files and those of each language folder; every path is prefixed
 * with the site's `base`.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const top = entriesOf(dir);
        const languages = TRANSLATED_LANGUAGES.filter((language) => top.includes(`${language}/`)).flatMap((language) => entriesOf(new URL(`${language}/`, dir), `${language}/`));
        // The search index is written by the next integration, after this one: its folder is not there yet.
        const entries = [...new Set([...top, ...languages, SEARCH_ENGINE_FOLDER])];
        writeFileSync(new URL('_headers', dir), headersFile(entries, base));
      },
    },
  };
}
