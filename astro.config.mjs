// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check';
import { searchIndex } from './src/integrations/search-index';
import { securityHeaders } from './src/integrations/security-headers';
import { siteMap } from './src/integrations/sitemap';
import { CONTENT_DIR } from './src/lib/content/location';
import { DEFAULT_LANGUAGE, LANGUAGES } from './src/schemas/language';
import { siteAddress } from './src/lib/site';

// The address the site is built for: SITE_URL (an origin) and BASE_PATH (a sub-path), from the environment.
const address = siteAddress();

export default defineConfig({
  site: address.url,
  base: address.base,
  trailingSlash: 'always',
  // English at the top level, every other language under its code; pages read their language from the route.
  i18n: { locales: [...LANGUAGES], defaultLocale: DEFAULT_LANGUAGE, routing: { prefixDefaultLocale: false } },
  // A build of another content folder (test fixtures, fuzzing, benchmarks) keeps its own content cache, so no
  // cached entry can point into a different folder.
  cacheDir: CONTENT_DIR === 'content' ? undefined : `./node_modules/.astro/content-${CONTENT_DIR.replace(/[^a-z0-9]+/gi, '-')}`,
  // Stylesheets stay external files: the Content-Security-Policy allows no inline style.
  build: { inlineStylesheets: 'never' },
  integrations: [contentCheck(CONTENT_DIR), mdx(), ...siteMap(), securityHeaders(), searchIndex()],
});
