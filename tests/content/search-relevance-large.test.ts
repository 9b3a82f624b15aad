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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticIndex } from '../support/synthetic-index.ts';
import {
  lexiconOf,
  loadPagefindFrom,
  plantedQueries,
  scoreRelevance,
  type RelevanceScore,
} from '../support/search-relevance.ts';

const SIZE = 10_000;
const work = mkdtempSync(join(tmpdir(), 'search-relevance-large-'));
const siteDir = join(work, 'site');
const bundleDir = join(siteDir, 'pagefind');

describe.runIf((process.env.CONTENT_DIR ?? 'content') === 'content')('search relevance at 10,000 listings', () => {
  let score: RelevanceScore;
  let pages = 0;

  beforeAll(async () => {
    pages = await writeSyntheticIndex(SIZE, siteDir);
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
