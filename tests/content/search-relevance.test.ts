/**
 * Search relevance on the bundled Birmingham content: the test set in
 * search-queries.yaml, run on the built site (dist/) by the same query runner,
 * lexicon, vocabulary and ranking as the search page, through Pagefind's own
 * browser script. At least 90% of the queries must have an answer in the first
 * five results. `npm run bench` prints the same figures.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, requireBuild } from '../build/helpers.ts';
import {
  bundledQueriesFile,
  lexiconOf,
  loadPagefindFrom,
  readRelevanceSet,
  scoreRelevance,
  type RelevanceScore,
} from '../support/search-relevance.ts';

const queries = readRelevanceSet(bundledQueriesFile);
const bundledContent = (process.env.CONTENT_DIR ?? 'content') === 'content';

describe.runIf(bundledContent)('search relevance on the bundled content', () => {
  let score: RelevanceScore;

  beforeAll(async () => {
    requireBuild();
    const bundleDir = join(distDir, 'pagefind');
    score = await scoreRelevance(await loadPagefindFrom(bundleDir), queries, {
      lexicon: await lexiconOf('content'),
      bundleDir,
    });
  });

  it('has at least 80 queries of every kind the issue names', () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(queries.map((query) => query.kind));
    expect([...kinds].sort()).toEqual(['acronym', 'phrase', 'place', 'spelling']);
    for (const acronym of ['EHCP', 'SEND', 'ASD', 'ADHD', 'CAMHS', 'SENCO', 'SALT', 'PfA']) {
      expect(queries.some((query) => query.query.toLowerCase().includes(acronym.toLowerCase()))).toBe(true);
    }
  });

  it('puts an answer in the first five results for at least 90% of the queries', () => {
    const failures = score.outcomes
      .filter((outcome) => outcome.rank < 1 || outcome.rank > 5)
      .map((outcome) => `${outcome.query.query}: rank ${String(outcome.rank)}, first five ${outcome.top.join(' ')}`);
    expect(score.successAt5, failures.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('corrects a misspelling and says what it searched for', () => {
    const outcome = score.outcomes.find((item) => item.query.query === 'autisim');
    expect(outcome?.run.correction).toEqual({ from: 'autisim', to: 'autism' });
  });

  it('reads a place as the area filter', () => {
    const outcome = score.outcomes.find((item) => item.query.query === 'early help near Yardley');
    expect(outcome?.run.understood.place?.locality).toBe('yardley');
    expect(outcome?.top[0]).toBe('/services/yardley-early-help/');
  });
});
