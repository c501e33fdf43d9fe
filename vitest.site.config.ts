/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

// Gates over the built site in dist/: run by `npm test` after `astro build`.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    testTimeout: 300_000,
  },
});
