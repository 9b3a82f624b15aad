/**
 * Search queries weighed and timed as the search page runs them: Pagefind's own browser
 * script in Node (tests/support/search-relevance.ts) with the site's query runner
 * (src/lib/search/query/run.ts: fillers, synonyms, places, spelling), each query followed by
 * the data of its first ten results, which the page loads before it shows them.
 *
 * - First query: every file the search makes the browser fetch from /pagefind/ on a fresh
 *   page (script, WebAssembly, entry, meta, word chunks, spelling file, fragments), counted
 *   as a gzip host sends them (JavaScript and JSON gzipped; Pagefind's own files are gzip already).
 * - Later query: the same for the next query with a new word.
 * - Warm queries: each query is run once to load its files, then timed `runs` times; the
 *   median is reported with the number of Pagefind searches it made and the load average.
 *
 * Used by the search measure of `npm run bench` on the built site, and on its own:
 *   node scripts/bench/search-queries.ts --size 10000 [--runs 7] [--site <dir with pagefind/>]
 * Without --site it indexes the benchmark's synthetic listings with the search page model
 * into .bench/search-index-<size>/ (tests/support/synthetic-index.ts): minutes, not the hour
 * a full build of every page in six languages takes at 10,000 listings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { fileReads, lexiconOf, loadPagefindFrom } from '../../tests/support/search-relevance.ts';
import { writeSyntheticIndex } from '../../tests/support/synthetic-index.ts';
import { runQuery } from '../../src/lib/search/query/run.ts';
import { fetchVocabulary } from '../../src/lib/search/query/spelling.ts';
import { vocabularyDir } from '../../src/lib/search/query/vocabulary.ts';
import type { Pagefind } from '../../src/lib/search/pagefind-api.ts';
import type { QueryLexicon } from '../../src/lib/search/query/types.ts';
import { loadAverage } from './build-run.ts';

export const FIRST_QUERY = 'support';
export const LATER_QUERY = 'autism';
/** Everyday queries: plain words, synonyms and related words (extra searches), fillers, a misspelling. */
export const WARM_QUERIES = [
  'family',
  'mental health',
  'food',
  'school',
  'free',
  'autism spectrum',
  'dyslexia',
  'help with money',
  'speech therapy',
  'wheelchair',
  'autisim',
];
export const TARGETS = { first: 200 * 1024, later: 40 * 1024, warm: 200 };
/** The results the page shows first, whose data it loads before it renders them. */
const SHOWN = 10;

export interface QueryTiming {
  query: string;
  /** Median of the timed runs, in ms. */
  median: number;
  runs: number[];
  results: number;
  /** Pagefind searches the query runner made for it. */
  searches: number;
}

export interface QueryBench {
  first: { bytes: number; files: number; results: number };
  later: { bytes: number; files: number; results: number };
  warm: QueryTiming[];
  /** /proc/loadavg before and after the warm queries. */
  load: { before: string; after: string };
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Bytes as a gzip host sends a file: text gzipped, Pagefind's gzip files as they are. */
const sentBytes = (path: string, body: Buffer) => (/\.(js|json)$/.test(path) ? gzipSync(body).length : body.length);

/** Runs the query as the page does; returns the number of results. */
async function pageQuery(pagefind: Pagefind, query: string, lexicon: QueryLexicon, siteDir: string): Promise<number> {
  const vocabulary = fetchVocabulary(`${join(siteDir, vocabularyDir(lexicon.language))}/`);
  const run = await runQuery(pagefind, query, { filters: {}, lexicon, vocabulary });
  await Promise.all(run.results.slice(0, SHOWN).map((result) => result.data()));
  return run.results.length;
}

/** Measures the site in `siteDir` (its `pagefind/` folder and vocabulary). */
export async function benchQueries(
  siteDir: string,
  lexicon: QueryLexicon,
  options: { runs?: number; queries?: readonly string[] } = {},
): Promise<QueryBench> {
  const { runs = 7, queries = WARM_QUERIES } = options;
  const bundleDir = join(siteDir, 'pagefind');
  let counted = { bytes: 0, files: 0 };
  const byKind = new Map<string, number>();
  fileReads.listener = (path, body) => {
    if (!path.includes('/pagefind/')) return;
    counted.bytes += sentBytes(path, body);
    counted.files += 1;
    const kind = /\/(fragment|index|vocabulary|filter)\//.exec(path)?.[1] ?? path.replace(/^.*\/pagefind\//, '');
    if (process.env.SEARCH_BENCH_FILES) byKind.set(kind, (byKind.get(kind) ?? 0) + sentBytes(path, body));
  };
  try {
    // pagefind.js comes by import, not fetch: counted by hand.
    counted = { bytes: sentBytes('pagefind.js', readFileSync(join(bundleDir, 'pagefind.js'))), files: 1 };
    const pagefind = await loadPagefindFrom(bundleDir);
    const firstResults = await pageQuery(pagefind, FIRST_QUERY, lexicon, siteDir);
    const first = { ...counted, results: firstResults };
    if (process.env.SEARCH_BENCH_FILES) console.log('First query, bytes by file:', Object.fromEntries(byKind));
    counted = { bytes: 0, files: 0 };
    const laterResults = await pageQuery(pagefind, LATER_QUERY, lexicon, siteDir);
    const later = { ...counted, results: laterResults };

    let searches = 0;
    const counting: Pagefind = {
      ...pagefind,
      search: (term, searchOptions) => {
        searches += 1;
        return pagefind.search(term, searchOptions);
      },
    };
    const before = loadAverage();
    const warm: QueryTiming[] = [];
    for (const query of queries) {
      const results = await pageQuery(counting, query, lexicon, siteDir);
      searches = 0;
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        await pageQuery(counting, query, lexicon, siteDir);
        times.push(performance.now() - started);
      }
      warm.push({ query, median: median(times), runs: times, results, searches: searches / runs });
    }
    return { first, later, warm, load: { before, after: loadAverage() } };
  } finally {
    fileReads.listener = undefined;
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The figures as table rows for docs/benchmarks.md. */
export function queryBenchRows(bench: QueryBench): [string, string][] {
  return [
    [
      `First query (“${FIRST_QUERY}”) through the query runner, with its first ${String(SHOWN)} results’ data: bytes as a gzip host sends them`,
      `${kb(bench.first.bytes)} in ${String(bench.first.files)} files (target ${kb(TARGETS.first)})`,
    ],
    [
      `Later query (“${LATER_QUERY}”), bytes`,
      `${kb(bench.later.bytes)} in ${String(bench.later.files)} files (target ${kb(TARGETS.later)})`,
    ],
    ...bench.warm.map((timing): [string, string] => [
      `Warm query “${timing.query}”: ${timing.results.toLocaleString('en-GB')} results, ${String(timing.searches)} Pagefind searches (median of ${String(timing.runs.length)})`,
      ms(timing.median),
    ]),
    ['Slowest warm query, median (target 200 ms)', ms(Math.max(...bench.warm.map((timing) => timing.median)))],
    ['Load average (1, 5, 15 min) before and after the warm queries', `${bench.load.before}; ${bench.load.after}`],
  ];
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const size = Number(option('size') ?? '10000');
  const runs = Number(option('runs') ?? '7');
  let siteDir = option('site');
  if (!siteDir) {
    siteDir = resolve('.bench', `search-index-${String(size)}`);
    if (!existsSync(join(siteDir, 'pagefind', 'pagefind.js')) || process.argv.includes('--fresh')) {
      const started = performance.now();
      const pages = await writeSyntheticIndex(size, siteDir);
      console.log(
        `Indexed ${String(pages)} synthetic listings in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      );
    }
  }
  const bench = await benchQueries(siteDir, await lexiconOf('content'), { runs });
  console.log(`| Measure | Figure |\n| --- | --- |`);
  for (const [what, figure] of queryBenchRows(bench)) console.log(`| ${what} | ${figure} |`);
}
