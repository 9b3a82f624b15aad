/**
 * Runs search queries in Node exactly as the search page runs them: Pagefind's own
 * browser script (pagefind.js, written by the build) with its WebAssembly and index
 * files read from disk, and the site's query runner (src/lib/search/query/run.ts)
 * with the same lexicon, vocabulary and ranking. Used by the relevance tests and by
 * `npm run bench` to score a test set: success@5 and mean reciprocal rank.
 */
import { readFile, readdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { searchRanking, type Pagefind } from '../../src/lib/search/pagefind-api.ts';
import { runQuery, type QueryRun } from '../../src/lib/search/query/run.ts';
import { englishLexicon } from '../../src/lib/search/query/lexicon.ts';
import { fetchVocabulary } from '../../src/lib/search/query/spelling.ts';
import { vocabularyDir } from '../../src/lib/search/query/vocabulary.ts';
import { loadSynonyms, synonymsPath } from '../../src/lib/search/synonyms-file.ts';
import { localityAreas } from '../../src/schemas/taxonomy.ts';
import { area } from '../../src/area.ts';
import type { QueryLexicon } from '../../src/lib/search/query/types.ts';
import { plantedAnswers } from '../../scripts/bench/generate.ts';

const originalFetch = globalThis.fetch;
let shimmed = false;

/** Told of every file the shimmed fetch reads (its path and bytes): the search bench counts them. */
export const fileReads: { listener?: ((path: string, body: Buffer) => void) | undefined } = {};

/** Lets Pagefind's script fetch `file:` URLs and plain paths (its cache-busting query is dropped). */
function shimFetch(): void {
  if (shimmed) return;
  shimmed = true;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/^(https?|data):/.test(url)) return originalFetch(input, init);
    const path = url.split('?')[0] ?? url;
    try {
      const file = path.startsWith('file:') ? fileURLToPath(path) : path;
      const body = await readFile(file);
      fileReads.listener?.(file, body);
      return new Response(body);
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

let loads = 0;

/**
 * Pagefind's browser API over a bundle folder on disk (`dist/pagefind`), with the site's ranking.
 * `language` is the search page's `<html lang>`, from which Pagefind picks the index of that
 * language; without it Pagefind takes the language with the most pages, as a page without one would.
 */
export async function loadPagefindFrom(
  bundleDir: string,
  ranking: Record<string, unknown> = searchRanking,
  language?: string,
): Promise<Pagefind> {
  shimFetch();
  // A fresh module per load: pagefind.js keeps one index per module instance.
  const url = `${pathToFileURL(join(bundleDir, 'pagefind.js')).href}?load=${String(++loads)}`;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ basePath: `${bundleDir}/`, baseUrl: '/', ranking });
  // Pagefind reads the language from the document when it starts: a stand-in document says it.
  const global = globalThis as { document?: unknown };
  const hadDocument = 'document' in global;
  if (language && !hadDocument) {
    global.document = { currentScript: null, querySelector: () => ({ getAttribute: () => language }) };
  }
  try {
    await pagefind.init();
  } finally {
    if (language && !hadDocument) delete global.document;
  }
  return pagefind;
}

/** The lexicon the search page of a site built from `contentDir` has (see Search.astro). */
export async function lexiconOf(contentDir: string): Promise<QueryLexicon> {
  const localitiesDir = join(contentDir, 'localities');
  const otherNames = new Map<string, string[]>();
  for (const file of await readdir(localitiesDir).catch(() => [] as string[])) {
    if (!file.endsWith('.md')) continue;
    const text = await readFile(join(localitiesDir, file), 'utf8');
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as {
      boundaryKey?: string;
      wards?: string[];
      neighbourhoods?: string[];
    };
    const names = [...(front.neighbourhoods ?? []), ...(front.wards ?? [])];
    otherNames.set(front.boundaryKey ?? file.replace(/\.md$/, ''), names);
  }
  return englishLexicon(
    loadSynonyms(synonymsPath(contentDir)),
    localityAreas.map(({ value, label }) => ({ value, label, otherNames: otherNames.get(value) ?? [] })),
    (facet, value) => `/services/${facet}/${value}/`,
    area.name,
  );
}

export interface RelevanceQuery {
  query: string;
  /** URL paths of the pages that answer it: any of them in the first five counts as success. */
  answers: string[];
  /** What kind of query it is (phrase, misspelling, acronym, place...), for the report. */
  kind?: string;
}

/** The queries whose answers the benchmark's generator plants in large synthetic sites. */
export const plantedQueries: RelevanceQuery[] = plantedAnswers.flatMap((plant) =>
  plant.queries.map((query) => ({ query, answers: [`/services/synthetic-planted-${plant.id}/`] })),
);

/** The relevance test set of the bundled content. */
export const bundledQueriesFile = join(import.meta.dirname, '..', 'content', 'search-queries.yaml');

/** Reads a test set file: `queries: [{ query, answers: [...], kind }]`. */
export function readRelevanceSet(path: string): RelevanceQuery[] {
  const data = parse(readFileSync(path, 'utf8')) as { queries?: RelevanceQuery[] };
  if (!Array.isArray(data.queries) || data.queries.length === 0) throw new Error(`${path}: no queries`);
  return data.queries;
}

export interface RelevanceOutcome {
  query: RelevanceQuery;
  /** 1-based rank of the first answer among the results, or 0 when none is in the first 50. */
  rank: number;
  /** The first five result URLs. */
  top: string[];
  run: QueryRun;
}

export interface RelevanceScore {
  /** Share of queries with an answer in the first five results (0 to 1). */
  successAt5: number;
  /** Mean of 1 / rank of the first answer (0 when none in the first 50). */
  meanReciprocalRank: number;
  outcomes: RelevanceOutcome[];
}

/** Runs every query of a set with the site's query runner and scores the answers' ranks. */
export async function scoreRelevance(
  pagefind: Pagefind,
  queries: readonly RelevanceQuery[],
  options: { lexicon: QueryLexicon; bundleDir: string },
): Promise<RelevanceScore> {
  const vocabulary = fetchVocabulary(`${join(options.bundleDir, '..', vocabularyDir(options.lexicon.language))}/`);
  const outcomes: RelevanceOutcome[] = [];
  for (const query of queries) {
    const run = await runQuery(pagefind, query.query, { filters: {}, lexicon: options.lexicon, vocabulary });
    const urls = await Promise.all(run.results.slice(0, 50).map(async (result) => (await result.data()).url));
    const index = urls.findIndex((url) => query.answers.includes(url));
    outcomes.push({ query, rank: index + 1, top: urls.slice(0, 5), run });
  }
  const successAt5 = outcomes.filter((outcome) => outcome.rank >= 1 && outcome.rank <= 5).length / outcomes.length;
  const meanReciprocalRank =
    outcomes.reduce((sum, outcome) => sum + (outcome.rank > 0 ? 1 / outcome.rank : 0), 0) / outcomes.length;
  return { successAt5, meanReciprocalRank, outcomes };
}
