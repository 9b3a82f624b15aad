/**
 * Warns when a build still has a placeholder site address or feedback email, and fails the
 * build for production (SITE_URL, or YOUNG_SITE_URL for the young people's site, is set):
 * a live site must not send feedback to example.org or link to itself there.
 */
import type { AstroIntegration } from 'astro';
import { placeholderProblems } from '../lib/placeholders.ts';
import { siteConfig } from '../site.config.ts';

export function placeholderCheck({ young }: { young: boolean }): AstroIntegration {
  return {
    name: 'local-offer:placeholder-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const siteVariable = young ? 'YOUNG_SITE_URL' : 'SITE_URL';
        const problems = placeholderProblems(
          { siteUrl: config.site ?? '', feedbackEmail: siteConfig.feedbackEmail },
          { siteUrl: siteVariable, feedbackEmail: 'FEEDBACK_EMAIL' },
        );
        if (problems.length === 0) return;
        if (process.env[siteVariable]) {
          throw new Error(`Building for production (${siteVariable} is set), but:\n- ${problems.join('\n- ')}`);
        }
        for (const problem of problems) logger.warn(`${problem} (fine for a test build; a production build fails)`);
      },
    },
  };
}
