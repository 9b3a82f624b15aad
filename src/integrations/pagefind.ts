/**
 * Builds the Pagefind search index from the built site at the end of
 * `astro build`, with Pagefind's Node API. Any indexing error fails the build:
 * a broken or empty index must never ship. Only pages that mark their main
 * content with `data-pagefind-body` are indexed (see SearchMeta.astro), so
 * navigation, listing pages, the search page and /admin stay out of it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { loadSynonyms, synonymsPath } from '../lib/search-synonyms-file.ts';

export interface PagefindOptions {
  /** Fewest pages the index must hold; fewer means the body markers went missing. Default 1. */
  minimumPages?: number;
}

export function buildSearchIndex(options: PagefindOptions = {}): AstroIntegration {
  const minimumPages = options.minimumPages ?? 1;
  return {
    name: 'local-offer:pagefind',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        // Check the synonyms file up front, so a mistake in it is one clear error.
        const path = synonymsPath(process.env.CONTENT_DIR ?? join(fileURLToPath(config.root), 'content'));
        logger.info(`${String(loadSynonyms(path).length)} synonym groups checked: no problems.`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const outputPath = join(outDir, 'pagefind');
        rmSync(outputPath, { recursive: true, force: true });
        const started = Date.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index the site:\n${added.errors.join('\n')}`);
          if (added.page_count < minimumPages) {
            throw new Error(
              `Pagefind indexed ${String(added.page_count)} pages (at least ${String(minimumPages)} expected): ` +
                'have the page templates lost their data-pagefind-body attribute?',
            );
          }
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) {
            throw new Error(`Pagefind could not write the index:\n${written.errors.join('\n')}`);
          }
          logger.info(
            `Search index: ${String(added.page_count)} pages in ${String(Date.now() - started)} ms, written to pagefind/.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
