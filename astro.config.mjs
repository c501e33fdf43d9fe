// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check';
import { CONTENT_DIR } from './src/lib/content/location';

export default defineConfig({
  site: 'https://drones-and-crime.example.org',
  trailingSlash: 'always',
  integrations: [contentCheck(CONTENT_DIR), mdx()],
});
