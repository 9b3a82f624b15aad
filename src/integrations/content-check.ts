/**
 * Checks all content before Astro loads it, so that a bad entry fails the build
 * (and the dev server) with every problem listed at once. See
 * src/lib/content/validation.ts for the rules.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boundaryFile, loadBoundaries } from '../lib/geo/boundaries.ts';
import { readContentFolder } from '../lib/content/files.ts';
import { formatProblems, validateContent } from '../lib/content/validation.ts';

type CheckedEntries = ReturnType<typeof validateContent>['entries'];

// The entries of the last check, so the review summary at the end of the same build need not read them again.
let lastCheck: { contentDir: string; entries: CheckedEntries } | undefined;

/** The entries the content check validated at the start of this build, when it read `contentDir`. */
export function checkedEntries(contentDir: string): CheckedEntries | undefined {
  return lastCheck?.contentDir === contentDir ? lastCheck.entries : undefined;
}

export function contentCheck(options: { contentDir?: string } = {}): AstroIntegration {
  return {
    name: 'local-offer:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(config.root);
        const contentDir = options.contentDir ?? process.env.CONTENT_DIR ?? `${root}content`;
        const read = readContentFolder(contentDir, root);
        const boundaries = existsSync(join(root, boundaryFile)) ? loadBoundaries(root) : undefined;
        const { problems, entries } = validateContent(read.files, { boundaries });
        const all = [...read.problems, ...problems];
        if (all.length > 0) {
          throw new Error(formatProblems(all));
        }
        lastCheck = { contentDir, entries };
        const ms = Math.round(performance.now() - started);
        logger.info(`${String(entries.length)} content entries checked: no problems, in ${String(ms)} ms.`);
      },
    },
  };
}
