import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Builds the static search index with Pagefind's Node API once the pages are written: only elements marked
 * `data-pagefind-body` are indexed (record pages, articles, the glossary), with their status, type, party and
 * topic filters.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // One index per language, from each page's `lang`: each language's search page searches its own pages.
        const { index, errors } = await createIndex();
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: fileURLToPath(dir) });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the build: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages for search`);
        } finally {
          await close();
        }
      },
    },
  };
}
