/**
 * The Pagefind search index of a built site, with Pagefind's Node API. Any
 * indexing error fails the build: a broken or empty index must never ship.
 * Only pages that mark their main content with `data-pagefind-body` are indexed
 * (see SearchMeta.astro), so navigation, listing pages, the search page and
 * /admin stay out of it. SEARCH_INDEX_SPLIT=type writes one index per result
 * type (src/lib/search/split.ts). Then, for every bundle written, it re-packs
 * Pagefind's word index and writes the sort files (src/lib/search/pagefind-files.ts,
 * src/lib/search/sort.ts).
 *
 * `npm run build` (scripts/build.ts) indexes after Astro's process has ended,
 * so the two never hold memory at the same time (each takes gigabytes on a large
 * site: docs/benchmarks.md); a plain `astro build` indexes at `astro:build:done`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, sep } from 'node:path';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { loadSynonyms, synonymsPath } from '../lib/search/synonyms-file.ts';
import { SPLIT_MANIFEST, bundleFor, extraBundles, indexedTypeOf, splitMode } from '../lib/search/split.ts';
import { fragmentIds, rechunkIndex } from '../lib/search/pagefind-files.ts';
import { sortFile, sortKeys, sortKeysIn, sortedIds, type PageSortKeys, type SortFile } from '../lib/search/sort.ts';
import { VocabularyCounter, indexedText } from '../lib/search/query/vocabulary.ts';
import { translatedLanguages } from '../i18n/languages.ts';

/**
 * The language of the spelling vocabulary: the listings' own words are English on every
 * page, so it is counted from the English pages only (the translated pages repeat them
 * around interface words in other languages). Pagefind itself is not told a language: it
 * writes one index per page language (see indexFor below).
 */
const INDEX_LANGUAGE = 'en';

/** The language of a built page, from its `<html lang>`. */
const pageLanguage = (html: string): string | undefined => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];

/**
 * Set by scripts/build.ts to a file path: Astro leaves the index to the script
 * and writes there, as JSON, the folder it built (`{ "outDir": "/abs/dist" }`).
 */
export const INDEX_AFTER_BUILD_ENV = 'SEARCH_INDEX_AFTER_BUILD';

export interface SearchIndexOptions {
  /** Fewest pages the index must hold; fewer means the body markers went missing. Default 1. */
  minimumPages?: number;
  log?: (message: string) => void;
}

function check(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);
}

/** The number of pages in a written index, from its entry file. */
function pagesIn(bundleDir: string): number {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * A copy of a string cut from a page. V8 keeps a cut string's whole source alive,
 * so keeping the sort keys as cut would hold every indexed page in memory (a crash
 * on the largest sites: docs/benchmarks.md).
 */
const detached = (value: string) => Buffer.from(value, 'utf8').toString('utf8');

interface StagedPages {
  bundles: Set<string>;
  /** The sort keys of each indexed page, by its file in `outDir` (undefined where it has none), read on the way. */
  sortKeys: Map<string, PageSortKeys | undefined>;
  /** The words of every staged page, for spelling suggestions. */
  vocabulary: VocabularyCounter;
}

/**
 * How Pagefind's allocator (jemalloc) hands freed memory back: at once, from a background thread.
 * By default it keeps freed pages for ten seconds, and writing a language's index frees and
 * allocates hundreds of MB in that time, which then counts against the build's peak
 * (docs/benchmarks.md). Pagefind's process inherits this environment; a value set by the
 * person running the build wins.
 */
const PAGEFIND_ALLOCATOR_ENV = '_RJEM_MALLOC_CONF';
const PAGEFIND_ALLOCATOR_SETTINGS = 'background_thread:true,dirty_decay_ms:0,muzzy_decay_ms:0';

/** Pages handed to Pagefind at once: enough to keep its process busy, few enough to bound memory. */
const pagesInFlight = 32;

/**
 * The built pages in groups by language, from their path (`ur/services/x/index.html` is Urdu;
 * pages outside a language's folder are English). Each group is indexed and written on its own,
 * so Pagefind holds one language's pages at a time: every listing has a page in each language
 * (src/i18n/routes.ts), and one index of them all held several times the memory (docs/benchmarks.md).
 */
function pagesByLanguage(outDir: string): string[][] {
  const groups = new Map<string, string[]>();
  const translated = new Set(translatedLanguages.map((language) => language.code));
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const first = file.split(sep)[0] ?? '';
    const group = translated.has(first) ? first : '';
    const list = groups.get(group);
    if (list) list.push(file);
    else groups.set(group, [file]);
  }
  return [...groups.values()];
}

/**
 * Reads each of `files` once and hands each one with a search body to its
 * bundle's index, by its path in `outDir` (so Pagefind gives it the same URL as
 * the page), noting its sort keys and words in `staged` on the way. Pagefind sees
 * only those pages: it holds every file it is given in memory, and a large site
 * has thousands of paged browse lists that are never indexed. Handing over the
 * HTML already read replaces linking each page into a staging folder for Pagefind
 * to read again (and deleting that folder after), which cost as much as the reading.
 */
async function addPages(
  outDir: string,
  files: readonly string[],
  indexFor: (bundle: string) => Promise<pagefind.PagefindIndex>,
  staged: StagedPages,
): Promise<Set<string>> {
  const bundles = new Set<string>();
  const pending = new Set<Promise<void>>();
  for (const file of files) {
    const html = readFileSync(join(outDir, file), 'utf8');
    const type = indexedTypeOf(html);
    if (!type) continue;
    const keys = sortKeysIn(html);
    staged.sortKeys.set(join(outDir, file), keys && { name: detached(keys.name), reviewed: detached(keys.reviewed) });
    if ((pageLanguage(html) ?? INDEX_LANGUAGE).split('-')[0] === INDEX_LANGUAGE) {
      staged.vocabulary.addPage(indexedText(html));
    }
    const bundle = bundleFor(type);
    bundles.add(bundle);
    staged.bundles.add(bundle);
    const index = await indexFor(bundle);
    const sourcePath = file.split(sep).join('/');
    const added: Promise<void> = index.addHTMLFile({ sourcePath, content: html }).then(({ errors }) => {
      pending.delete(added);
      check(`index ${sourcePath}`, errors);
    });
    pending.add(added);
    if (pending.size >= pagesInFlight) await Promise.race(pending);
  }
  await Promise.all(pending);
  return bundles;
}

type EntryFile = { languages: Record<string, unknown> } & Record<string, unknown>;

/**
 * Each language group writes its own files into the same bundle folder (Pagefind names them by
 * language and hash, so they do not collide) but rewrites pagefind-entry.json with its languages
 * only: the entries are gathered here and the merged file written once every group is in.
 */
function gatherEntry(bundleDir: string, gathered: Map<string, EntryFile>): void {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as EntryFile;
  const previous = gathered.get(bundleDir);
  if (!previous) {
    gathered.set(bundleDir, entry);
    return;
  }
  for (const [language, value] of Object.entries(entry.languages)) {
    // Two groups with pages of one language would each write half of its index.
    if (language in previous.languages) throw new Error(`${bundleDir}: language ${language} indexed twice`);
    previous.languages[language] = value;
  }
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
function finishBundles(
  outDir: string,
  bundles: readonly string[],
  staged: StagedPages,
  log: (message: string) => void,
): void {
  const pages: { id: string; keys: PageSortKeys }[] = [];
  const chunks = { before: 0, after: 0 };
  for (const bundle of bundles) {
    const bundleDir = join(outDir, bundle);
    const packed = rechunkIndex(bundleDir);
    chunks.before += packed.before;
    chunks.after += packed.after;
    for (const [url, id] of fragmentIds(bundleDir)) {
      const keys = staged.sortKeys.get(htmlFileOf(outDir, url));
      if (!keys) throw new Error(`${url} is in the search index without sort keys: does it use SearchMeta?`);
      pages.push({ id, keys });
    }
  }
  const orders = sortedIds(pages);
  for (const key of sortKeys) {
    const file: SortFile = { ids: orders[key] };
    writeFileSync(join(outDir, sortFile(key)), JSON.stringify(file));
  }
  const words = staged.vocabulary.write(outDir, INDEX_LANGUAGE);
  log(
    `Search index: ${String(chunks.before)} word chunks re-packed into ${String(chunks.after)}; ` +
      `sort files for ${String(pages.length)} pages; ${String(words)} words for spelling suggestions.`,
  );
}

/** Builds the search index (or indexes) of the site in `outDir`. Returns the number of pages indexed. */
export async function indexBuiltSite(outDir: string, options: SearchIndexOptions = {}): Promise<number> {
  const { minimumPages = 1, log = console.log } = options;
  const mode = splitMode();
  for (const bundle of ['pagefind', ...extraBundles('type'), SPLIT_MANIFEST]) {
    rmSync(join(outDir, bundle), { recursive: true, force: true });
  }
  process.env[PAGEFIND_ALLOCATOR_ENV] ??= PAGEFIND_ALLOCATOR_SETTINGS;
  const started = Date.now();
  let pages = 0;
  try {
    const staged: StagedPages = { bundles: new Set(), sortKeys: new Map(), vocabulary: new VocabularyCounter() };
    const gathered = new Map<string, EntryFile>();
    let handing = 0;
    let writingMs = 0;
    for (const files of pagesByLanguage(outDir)) {
      const indexes = new Map<string, Promise<pagefind.PagefindIndex>>();
      const indexFor = (bundle: string) => {
        let index = indexes.get(bundle);
        if (!index) {
          // No forceLanguage: Pagefind reads each page's <html lang> and writes one index per
          // interface language (src/i18n/); the search page loads the index of its own language.
          index = pagefind.createIndex({}).then(({ index: created, errors }) => {
            check('start', errors);
            if (!created) throw new Error('Pagefind could not start: no index was created');
            return created;
          });
          indexes.set(bundle, index);
        }
        return index;
      };
      const reading = Date.now();
      const bundles = await addPages(outDir, files, indexFor, staged);
      const handed = Date.now() - reading;
      const writing = Date.now();
      for (const bundle of bundles) {
        const index = await indexFor(bundle);
        check(`write ${bundle}`, (await index.writeFiles({ outputPath: join(outDir, bundle) })).errors);
        await index.deleteIndex();
        gatherEntry(join(outDir, bundle), gathered);
      }
      // A new Pagefind process for each language, so that nothing of one language's index is held
      // while the next is built (the peak is one language's: docs/benchmarks.md).
      await pagefind.close();
      const written = Date.now() - writing;
      handing += handed;
      writingMs += written;
      // Per language, for the bench's profile (docs/benchmarks.md).
      const folder = files[0]?.split(sep)[0] ?? '';
      const group = translatedLanguages.some((language) => language.code === folder) ? folder : INDEX_LANGUAGE;
      log(
        `Search index: language ${group} (${String(files.length)} built pages read; ${String(written)} ms of it writing) in ${String(handed + written)} ms.`,
      );
    }
    for (const [bundleDir, entry] of gathered) {
      writeFileSync(join(bundleDir, 'pagefind-entry.json'), JSON.stringify(entry));
      pages += pagesIn(bundleDir);
    }
    const { bundles } = staged;
    log(`Search index: pages read and handed to Pagefind in ${String(handing)} ms.`);
    log(`Search index: Pagefind wrote the index in ${String(writingMs)} ms.`);
    const finishing = Date.now();
    const written = ['pagefind', ...extraBundles(mode)].filter((bundle) => bundles.has(bundle));
    if (written.includes('pagefind')) finishBundles(outDir, written, staged, log);
    log(`Search index: word index re-packed and sort files written in ${String(Date.now() - finishing)} ms.`);
    if (mode === 'type') {
      // The search page merges the bundles listed here (only those that exist).
      const extra = extraBundles('type').filter((bundle) => bundles.has(bundle));
      writeFileSync(join(outDir, SPLIT_MANIFEST), `${JSON.stringify({ bundles: extra })}\n`);
      log(`Split index: pagefind/ (services) merged in the browser with ${extra.join(', ') || 'nothing else'}.`);
    }
  } finally {
    await pagefind.close();
  }
  if (pages < minimumPages || !existsSync(join(outDir, 'pagefind', 'pagefind.js'))) {
    throw new Error(
      `Pagefind indexed ${String(pages)} pages (at least ${String(minimumPages)} expected): ` +
        'have the page templates lost their data-pagefind-body attribute?',
    );
  }
  log(
    `Search index: ${String(pages)} pages in ${String(Date.now() - started)} ms` +
      (mode === 'type' ? ', one index per result type.' : '.'),
  );
  return pages;
}

export function buildSearchIndex(options: SearchIndexOptions = {}): AstroIntegration {
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
        const handOver = process.env[INDEX_AFTER_BUILD_ENV];
        if (handOver) {
          writeFileSync(handOver, JSON.stringify({ outDir: fileURLToPath(dir) }));
          logger.info('Search index: built once Astro has exited (scripts/build.ts).');
          return;
        }
        await indexBuiltSite(fileURLToPath(dir), { ...options, log: (message) => logger.info(message) });
      },
    },
  };
}
