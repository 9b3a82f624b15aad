/**
 * Search relevance at 10,000 listings: the benchmark's synthetic site
 * (scripts/bench/generate.ts), whose last listings are planted answers to queries
 * written the way people ask. Instead of an Astro build (minutes), each listing's
 * indexed markup is written by the page model (tests/support/search-page-model.ts,
 * from the same search data and weights as the site) and indexed with Pagefind's
 * Node API; the queries then run through the site's own query runner, lexicon,
 * vocabulary and ranking, in Pagefind's own browser script. It uses the bundled
 * synonyms and localities, as the benchmark's site does. At least 90% of the planted
 * queries must find their listing in the first five results.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticListings } from '../../scripts/bench/generate.ts';
import { servicePageHtml } from '../support/search-page-model.ts';
import {
  lexiconOf,
  loadPagefindFrom,
  plantedQueries,
  scoreRelevance,
  type RelevanceScore,
} from '../support/search-relevance.ts';
import { loadSynonyms, synonymsPath } from '../../src/lib/search/synonyms-file.ts';
import { rechunkIndex } from '../../src/lib/search/pagefind-files.ts';
import { VocabularyCounter, indexedText } from '../../src/lib/search/query/vocabulary.ts';

const SIZE = 10_000;
const work = mkdtempSync(join(tmpdir(), 'search-relevance-large-'));
const siteDir = join(work, 'site');
const bundleDir = join(siteDir, 'pagefind');

describe.runIf((process.env.CONTENT_DIR ?? 'content') === 'content')('search relevance at 10,000 listings', () => {
  let score: RelevanceScore;
  let pages = 0;

  beforeAll(async () => {
    const synonyms = loadSynonyms(synonymsPath('content'));
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join(', ')}`);
    const vocabulary = new VocabularyCounter();
    // Pagefind's service takes files concurrently: a few hundred at a time keep it busy.
    let batch: Promise<{ errors: string[] }>[] = [];
    const flush = async () => {
      for (const added of await Promise.all(batch)) {
        if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
      }
      batch = [];
    };
    for (const listing of syntheticListings(SIZE)) {
      const content = servicePageHtml({ ...listing, cost: { type: listing.cost } }, synonyms);
      vocabulary.addPage(indexedText(content));
      batch.push(index.addHTMLFile({ url: `/services/${listing.id}/`, content }));
      pages += 1;
      if (batch.length >= 250) await flush();
    }
    await flush();
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    await pagefind.close();
    // As the build does: re-packed word chunks and the spelling vocabulary.
    rechunkIndex(bundleDir);
    vocabulary.write(siteDir, 'en');
    score = await scoreRelevance(await loadPagefindFrom(bundleDir), plantedQueries, {
      lexicon: await lexiconOf('content'),
      bundleDir,
    });
    if (process.env.SEARCH_RELEVANCE_REPORT) {
      console.info(
        `success@5 ${(score.successAt5 * 100).toFixed(1)}%, MRR ${score.meanReciprocalRank.toFixed(3)}\n` +
          score.outcomes.map((outcome) => `  ${String(outcome.rank)}\t${outcome.query.query}`).join('\n'),
      );
    }
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('indexes every listing, planted answers included', () => {
    expect(pages).toBe(SIZE);
    expect(plantedQueries.length).toBeGreaterThanOrEqual(40);
  });

  it('puts the planted listing in the first five results for at least 90% of its queries', () => {
    const failures = score.outcomes
      .filter((outcome) => outcome.rank < 1 || outcome.rank > 5)
      .map((outcome) => `${outcome.query.query}: rank ${String(outcome.rank)}, first five ${outcome.top.join(' ')}`);
    expect(score.successAt5, failures.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
