/**
 * Builds the Pagefind search index from the built site at the end of
 * `astro build`, with Pagefind's Node API. Any indexing error fails the build:
 * a broken or empty index must never ship. Only pages that mark their main
 * content with `data-pagefind-body` are indexed (see SearchMeta.astro), so
 * navigation, listing pages, the search page and /admin stay out of it.
 * SEARCH_INDEX_SPLIT=type writes one index per result type (src/lib/search-split.ts).
 * Then, for every bundle written, it re-packs Pagefind's word index and writes the
 * sort files (src/lib/pagefind-files.ts, src/lib/search-sort.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, sep } from 'node:path';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { loadSynonyms, synonymsPath } from '../lib/search-synonyms-file.ts';
import { SPLIT_MANIFEST, bundleFor, extraBundles, indexedTypeOf, splitMode } from '../lib/search-split.ts';
import { fragmentIds, rechunkIndex } from '../lib/pagefind-files.ts';
import { sortFile, sortKeys, sortKeysIn, sortedIds, type PageSortKeys, type SortFile } from '../lib/search-sort.ts';

export interface PagefindOptions {
  /** Fewest pages the index must hold; fewer means the body markers went missing. Default 1. */
  minimumPages?: number;
}

function check(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  check('start', errors);
  if (!index) throw new Error('Pagefind could not start: no index was created');
  return index;
}

/** One index of the whole site. Returns the number of HTML pages read. */
async function indexWhole(outDir: string): Promise<number> {
  const index = await newIndex();
  const added = await index.addDirectory({ path: outDir });
  check('index the site', added.errors);
  check('write the index', (await index.writeFiles({ outputPath: join(outDir, 'pagefind') })).errors);
  return pagesIn(join(outDir, 'pagefind'));
}

/** The number of pages in a written index, from its entry file. */
function pagesIn(bundleDir: string): number {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** One index per result type. Returns the number of pages indexed. */
async function indexByType(outDir: string, logger: AstroIntegrationLogger): Promise<number> {
  const indexes = new Map<string, pagefind.PagefindIndex>();
  let count = 0;
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  for (const file of files.sort()) {
    const content = readFileSync(join(outDir, file), 'utf8');
    const type = indexedTypeOf(content);
    if (!type) continue;
    const bundle = bundleFor(type, 'type');
    let index = indexes.get(bundle);
    if (!index) {
      index = await newIndex();
      indexes.set(bundle, index);
    }
    const path = file
      .split(sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1');
    const added = await index.addHTMLFile({ url: `/${path}`, content });
    check(`index ${file}`, added.errors);
    count += 1;
  }
  for (const [bundle, index] of indexes) {
    check(`write ${bundle}`, (await index.writeFiles({ outputPath: join(outDir, bundle) })).errors);
  }
  // The search page merges the bundles listed here (only those that exist).
  const extra = extraBundles('type').filter((bundle) => indexes.has(bundle));
  writeFileSync(join(outDir, SPLIT_MANIFEST), `${JSON.stringify({ bundles: extra })}\n`);
  logger.info(`Split index: pagefind/ (services) merged in the browser with ${extra.join(', ') || 'nothing else'}.`);
  return count;
}

/** The built HTML file of an indexed URL (the site is built with `build.format: 'directory'`). */
function htmlFileOf(outDir: string, url: string): string {
  const path = decodeURI(url).replace(/^\//, '');
  return join(outDir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

/**
 * After Pagefind: re-packs each bundle's word index, then writes one sort file per
 * order into pagefind/, covering the pages of every bundle. A page without sort keys
 * fails the build, as Pagefind's own sorts would have dropped it.
 */
function finishBundles(outDir: string, bundles: readonly string[], logger: AstroIntegrationLogger): void {
  const pages: { id: string; keys: PageSortKeys }[] = [];
  const chunks = { before: 0, after: 0 };
  for (const bundle of bundles) {
    const bundleDir = join(outDir, bundle);
    const packed = rechunkIndex(bundleDir);
    chunks.before += packed.before;
    chunks.after += packed.after;
    for (const [url, id] of fragmentIds(bundleDir)) {
      const keys = sortKeysIn(readFileSync(htmlFileOf(outDir, url), 'utf8'));
      if (!keys) throw new Error(`${url} is in the search index without sort keys: does it use SearchMeta?`);
      pages.push({ id, keys });
    }
  }
  const orders = sortedIds(pages);
  for (const key of sortKeys) {
    const file: SortFile = { ids: orders[key] };
    writeFileSync(join(outDir, sortFile(key)), JSON.stringify(file));
  }
  logger.info(
    `Search index: ${String(chunks.before)} word chunks re-packed into ${String(chunks.after)}; ` +
      `sort files for ${String(pages.length)} pages.`,
  );
}

export function buildSearchIndex(options: PagefindOptions = {}): AstroIntegration {
  const minimumPages = options.minimumPages ?? 1;
  return {
    name: 'local-offer:pagefind',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        // Check the synonyms file and the split setting up front: one clear error each.
        const path = synonymsPath(process.env.CONTENT_DIR ?? join(fileURLToPath(config.root), 'content'));
        logger.info(`${String(loadSynonyms(path).length)} synonym groups checked: no problems.`);
        splitMode();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        for (const bundle of ['pagefind', ...extraBundles('type'), SPLIT_MANIFEST]) {
          rmSync(join(outDir, bundle), { recursive: true, force: true });
        }
        const started = Date.now();
        try {
          const mode = splitMode();
          const pages = mode === 'type' ? await indexByType(outDir, logger) : await indexWhole(outDir);
          if (pages < minimumPages || !existsSync(join(outDir, 'pagefind', 'pagefind.js'))) {
            throw new Error(
              `Pagefind indexed ${String(pages)} pages (at least ${String(minimumPages)} expected): ` +
                'have the page templates lost their data-pagefind-body attribute?',
            );
          }
          const bundles = ['pagefind', ...extraBundles(mode)].filter((bundle) => existsSync(join(outDir, bundle)));
          finishBundles(outDir, bundles, logger);
          logger.info(
            `Search index: ${String(pages)} pages in ${String(Date.now() - started)} ms` +
              (mode === 'type' ? ', one index per result type.' : '.'),
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
