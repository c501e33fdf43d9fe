import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../schemas/language';

/**
 * The sitemap lists the pages search engines should index, each with its translations as alternates: not the 404
 * page, and not a page that only says it is not translated yet (both carry `noindex`, which is read from the
 * built page itself, in the build's own output folder, so the sitemap and the page can never disagree).
 */
export function siteMap(): AstroIntegration[] {
  let outDir = 'dist/';
  let base = '/';
  const indexable = (page: string) => {
    const { pathname } = new URL(page);
    try {
      return !readFileSync(`${outDir}${pathname.slice(base.length)}${pathname.endsWith('/') ? 'index.html' : ''}`, 'utf8').includes('<meta name="robots" content="noindex">');
    } catch {
      return true;
    }
  };
  return [
    { name: 'sitemap-output', hooks: { 'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
          base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        }, } },
    sitemap({
      filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') && indexable(page),
      i18n: { defaultLocale: DEFAULT_LANGUAGE, locales: Object.fromEntries(LANGUAGES.map((language) => [language, language])) },
    }),
  ];
}
