/**
 * Search benchmark: the size of the Pagefind index and the bytes the browser
 * fetches from it for a first and a later query on the search page, measured in
 * the system Chromium against the built site; then each everyday query's warm time
 * through the site's query runner (scripts/bench/search-queries.ts, Pagefind's
 * script in Node, median of several runs, with the load average). Targets at 10,000
 * listings: first query < 200 KB, later query < 40 KB, warm query < 200 ms (issue 5).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { BenchContext, BenchMeasure, BenchSection } from '../types.ts';
import { serveDist } from '../../../tests/e2e/support/server.ts';
import { launchBrowser, newLocalContext } from '../../../tests/e2e/support/browser.ts';
import {
  bundledQueriesFile,
  lexiconOf,
  loadPagefindFrom,
  plantedQueries,
  readRelevanceSet,
  scoreRelevance,
  type RelevanceQuery,
} from '../../../tests/support/search-relevance.ts';
import { MIN_SIZE_FOR_PLANTS } from '../generate.ts';

import { FIRST_QUERY, LATER_QUERY, TARGETS, benchQueries, queryBenchRows } from '../search-queries.ts';

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} KB`;
const ms = (value: number) => `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })} ms`;

function folderBytes(dir: string, keep: (name: string) => boolean = () => true): number {
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isFile() && keep(name)) total += stat.size;
  }
  return total;
}

/**
 * Bytes of every response under /pagefind/ while `action` runs, as a static host sends
 * them: Pagefind's index, fragments and WebAssembly are gzipped files already; its
 * JavaScript and JSON are plain text, which hosts compress, so they count gzipped.
 */
async function pagefindBytes(page: Page, action: () => Promise<void>): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  const pending: Promise<void>[] = [];
  const onResponse = (response: import('playwright-core').Response) => {
    if (!new URL(response.url()).pathname.includes('/pagefind/')) return;
    pending.push(
      response
        .body()
        .then((body) => {
          bytes += /\.(js|json)$/.test(new URL(response.url()).pathname) ? gzipSync(body).length : body.length;
          files += 1;
        })
        .catch(() => undefined),
    );
  };
  page.on('response', onResponse);
  await action();
  await Promise.all(pending);
  page.off('response', onResponse);
  return { bytes, files };
}

async function waitForAnnouncement(page: Page, query: string): Promise<string> {
  await page.waitForFunction(
    (term) => (document.querySelector('.search-app__status')?.textContent ?? '').includes(`“${term}”`),
    query,
    { timeout: 120_000 },
  );
  return (await page.locator('.search-app__status').textContent()) ?? '';
}

const percent = (share: number) => `${(share * 100).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;

/**
 * Relevance on the built site, scored as the tests score it (tests/support/search-relevance.ts):
 * the bundled content's test set (its listings are in the benchmark's site, among the synthetic
 * ones) and the queries whose answers the generator planted.
 */
async function relevanceRows(context: BenchContext): Promise<{ rows: [string, string][]; notes: string[] }> {
  const bundleDir = join(context.distDir, 'pagefind');
  const lexicon = await lexiconOf(context.contentDir);
  const pagefind = await loadPagefindFrom(bundleDir);
  // The test set's 90% bar is for the bundled content alone (tests/content/search-relevance.test.ts); here its
  // answers compete with thousands of synthetic listings, so it is reported without a target.
  const sets: [string, RelevanceQuery[], number | undefined][] = [
    ['the bundled content’s test set, among the synthetic listings', readRelevanceSet(bundledQueriesFile), undefined],
    ...(context.size >= MIN_SIZE_FOR_PLANTS
      ? [['the planted queries', plantedQueries, 0.9] as [string, RelevanceQuery[], number]]
      : []),
  ];
  const rows: [string, string][] = [];
  const notes: string[] = [];
  for (const [name, queries, target] of sets) {
    const score = await scoreRelevance(pagefind, queries, { lexicon, bundleDir });
    rows.push([
      `Relevance, ${name} (${String(queries.length)} queries): success@5, mean reciprocal rank`,
      `${percent(score.successAt5)}, ${score.meanReciprocalRank.toFixed(3)}`,
    ]);
    if (target !== undefined && score.successAt5 < target) {
      notes.push(`Success@5 on ${name} is ${percent(score.successAt5)}: target ${percent(target)}.`);
    }
  }
  return { rows, notes };
}

const measure: BenchMeasure = async (context: BenchContext): Promise<BenchSection> => {
  const pagefindDir = join(context.distDir, 'pagefind');
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  const ui = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
  const indexBytes = folderBytes(pagefindDir, (name) => !ui.test(name));

  const server = await serveDist(context.distDir);
  const previousPath = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = context.chromiumPath;
  const browser = await launchBrowser();
  try {
    const browserContext = await newLocalContext(browser, server.url);
    const page = await browserContext.newPage();

    let firstStatus = '';
    const first = await pagefindBytes(page, async () => {
      await page.goto(`/search/?q=${encodeURIComponent(FIRST_QUERY)}`);
      firstStatus = await waitForAnnouncement(page, FIRST_QUERY);
      await page.waitForLoadState('networkidle');
    });

    let laterStatus = '';
    const later = await pagefindBytes(page, async () => {
      const input = page.getByRole('searchbox', { name: 'What are you looking for?' });
      await input.fill(LATER_QUERY);
      await input.press('Enter');
      laterStatus = await waitForAnnouncement(page, LATER_QUERY);
      await page.waitForLoadState('networkidle');
    });

    await browserContext.close();

    // Warm queries through the site's query runner (synonyms, fillers, spelling), per query: Pagefind's own
    // script in Node on the same files, several runs each (scripts/bench/search-queries.ts).
    const queries = await benchQueries(context.distDir, await lexiconOf(context.contentDir));
    const slowest = Math.max(...queries.warm.map((timing) => timing.median));
    const rows: [string, string][] = [
      ['Pages in the index', pages.toLocaleString('en-GB')],
      ['Index size on disk (without Pagefind UI files)', kb(indexBytes)],
      [
        `First query (“${FIRST_QUERY}”), bytes fetched from /pagefind/`,
        `${kb(first.bytes)} in ${String(first.files)} files`,
      ],
      [`Later query (“${LATER_QUERY}”), bytes fetched`, `${kb(later.bytes)} in ${String(later.files)} files`],
      ...queryBenchRows(queries).slice(2),
      ['First query result', firstStatus],
    ];
    const relevance = await relevanceRows(context);
    rows.push(...relevance.rows);
    const notes: string[] = [...relevance.notes];
    if (context.size >= 10_000) {
      if (first.bytes > TARGETS.first) {
        notes.push(
          `First query fetched ${kb(first.bytes)}, ${kb(first.bytes - TARGETS.first)} over the 200 KB target.`,
        );
      }
      if (later.bytes > TARGETS.later) {
        notes.push(`Later query fetched ${kb(later.bytes)}, ${kb(later.bytes - TARGETS.later)} over the 40 KB target.`);
      }
      if (slowest > TARGETS.warm) notes.push(`The slowest warm query took ${ms(slowest)}: target 200 ms.`);
    }
    if (!laterStatus) notes.push('The later query gave no announcement.');
    return { title: 'Search', rows, ...(notes.length > 0 ? { notes } : {}) };
  } finally {
    await browser.close();
    await server.close();
    if (previousPath === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = previousPath;
  }
};

export default measure;
