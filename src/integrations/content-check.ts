import type { AstroIntegration } from 'astro';
import { checkContent, describeProblems } from '../check';

/**
 * Runs the content check when Astro starts (build, dev, check, sync), before the content layer loads, so a
 * dangling id or a missing source stops the build with every problem listed by file, record and field.
 */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        // Vitest loads this config too; there the content is checked by a test, so every suite still runs.
        if (process.env.VITEST) return;
        const { content, problems } = checkContent(contentDir);
        if (problems.length > 0) throw new Error(describeProblems(problems));
        logger.info(`${content.claims.length} claims, ${content.sources.length} sources, ${content.actors.length} actors, ${content.events.length} events, ${content.articles.length} articles: all checks passed`);
      },
    },
  };
}
