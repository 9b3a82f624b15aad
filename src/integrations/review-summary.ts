/**
 * Prints one line after each build, e.g. "Review: 64 of 70 listings overdue, 58 with no
 * contact details, ...", so whoever publishes sees how stale the directory is.
 * `npm run report:review` writes the full list (scripts/review-report.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContentFolder } from '../lib/content/files.ts';
import { validateContent } from '../lib/content/validation.ts';
import { checkedEntries } from './content-check.ts';
import { reviewableEntries, reviewCounts, reviewItems, reviewSummaryLine } from '../lib/directory/review-report.ts';
import { siteConfig } from '../site.config.ts';

export function reviewSummary(): AstroIntegration {
  let contentDir = '';
  let root = '';
  return {
    name: 'local-offer:review-summary',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        contentDir = process.env.CONTENT_DIR ?? `${root}content`;
      },
      'astro:build:done': ({ logger }) => {
        const entries =
          checkedEntries(contentDir) ?? validateContent(readContentFolder(contentDir, root).files).entries;
        const items = reviewItems(reviewableEntries(entries), {
          defaultIntervalMonths: siteConfig.reviewIntervalMonths,
        });
        logger.info(reviewSummaryLine(reviewCounts(items)));
      },
    },
  };
}
