// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check';
import { securityHeaders } from './src/integrations/security-headers';
import { CONTENT_DIR } from './src/lib/content/location';

export default defineConfig({
  site: 'https://drones-and-crime.example.org',
  trailingSlash: 'always',
  // Stylesheets stay external files: the Content-Security-Policy allows no inline style.
  build: { inlineStylesheets: 'never' },
  integrations: [contentCheck(CONTENT_DIR), mdx(), securityHeaders()],
});
