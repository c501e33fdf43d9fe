import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security';

/** Writes `_headers` into the build, so static hosts send the same Content-Security-Policy as the pages' meta tag. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile());
      },
    },
  };
}
