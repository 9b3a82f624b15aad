/**
 * One search, as the search page runs it and as the relevance tests and the
 * benchmark run it (the same code): understand the query, correct words no page
 * uses, ask Pagefind for every concept together, and when that finds fewer than
 * a page of results, add the pages that match most of the concepts.
 */
import type { Pagefind, PagefindResult } from '../pagefind-api.ts';
import type { PagefindFilters } from '../state.ts';
import { corrections, type VocabularyLoader } from './spelling.ts';
import { foldQuery, pagefindTerm, understandQuery } from './understand.ts';
import type { QueryLexicon, UnderstoodQuery } from './types.ts';

/** Below this many results for all concepts together, pages that match some of them are added. */
export const ENOUGH_RESULTS = 5;

export interface QueryRun {
  understood: UnderstoodQuery;
  /** The concepts searched for (corrected when `correction` is set). */
  concepts: string[];
  results: PagefindResult[];
  /** When words were corrected: the query as typed and as searched. */
  correction?: { from: string; to: string };
  /** How many of the results have every concept; the rest match some of them. */
  complete: number;
}

export interface QueryOptions {
  filters: PagefindFilters;
  lexicon: QueryLexicon;
  /** The vocabulary files; without them nothing is corrected. */
  vocabulary?: VocabularyLoader | undefined;
}

/** Every concept together, then (when that is not enough) each concept, best combined score first. */
async function searchConcepts(
  pagefind: Pagefind,
  concepts: readonly string[],
  filters: PagefindFilters,
  broader: Readonly<Record<string, string>> = {},
): Promise<{ results: PagefindResult[]; complete: number }> {
  const all = await searchTogether(pagefind, concepts, filters, broader);
  if (all.length >= ENOUGH_RESULTS || concepts.length < 2) return { results: all, complete: all.length };
  const seen = new Set(all.map((result) => result.id));
  const partial = new Map<string, { result: PagefindResult; matched: number; score: number }>();
  // At once: each search waits for its word chunks, and the waits overlap.
  const searches = await Promise.all(concepts.map((concept) => pagefind.search(concept, { filters })));
  for (const search of searches) {
    for (const result of search.results) {
      if (seen.has(result.id)) continue;
      const entry = partial.get(result.id) ?? { result, matched: 0, score: 0 };
      entry.matched += 1;
      entry.score += result.score;
      partial.set(result.id, entry);
    }
  }
  const rest = [...partial.values()]
    .sort((a, b) => b.matched - a.matched || b.score - a.score)
    .map((entry) => entry.result);
  return { results: [...all, ...rest], complete: all.length };
}

/**
 * Pagefind's results for all the concepts; when some are a group's related words, also
 * for the group's terms in their place, each page scoring the sum of the two searches.
 */
async function searchTogether(
  pagefind: Pagefind,
  concepts: readonly string[],
  filters: PagefindFilters,
  broader: Readonly<Record<string, string>>,
): Promise<PagefindResult[]> {
  const typedTerm = pagefindTerm(concepts);
  const wideTerm = pagefindTerm(concepts.map((concept) => broader[concept] ?? concept));
  if (wideTerm === typedTerm) return (await pagefind.search(typedTerm, { filters })).results;
  const [typed, wide] = await Promise.all([
    pagefind.search(typedTerm, { filters }),
    pagefind.search(wideTerm, { filters }),
  ]);
  const scores = new Map<string, { result: PagefindResult; score: number }>();
  for (const result of [...typed.results, ...wide.results]) {
    const entry = scores.get(result.id) ?? { result, score: 0 };
    entry.score += result.score;
    scores.set(result.id, entry);
  }
  return [...scores.values()].sort((a, b) => b.score - a.score).map((entry) => entry.result);
}

/** Listings for the whole city or online carry every locality filter value (index-entry.ts); these are not local. */
const everywhere = ['citywide', 'online'];

/**
 * With an area chosen, the area's own pages first, then those for the whole city
 * or online, each in the order of relevance: "early help near Yardley" puts the
 * Yardley team before the city's services.
 */
async function localFirst(
  pagefind: Pagefind,
  concepts: readonly string[],
  filters: PagefindFilters,
  broader: Readonly<Record<string, string>>,
): Promise<{ results: PagefindResult[]; complete: number }> {
  const [found, local] = await Promise.all([
    searchConcepts(pagefind, concepts, filters, broader),
    filters.locality
      ? pagefind.search(pagefindTerm(concepts), {
          filters: { ...filters, locality: { ...filters.locality, none: everywhere } },
        })
      : undefined,
  ]);
  if (!local || found.results.length === 0) return found;
  const localIds = new Set(local.results.map((result) => result.id));
  const order = (result: PagefindResult) => (localIds.has(result.id) ? 0 : 1);
  const complete = found.results.slice(0, found.complete);
  const partial = found.results.slice(found.complete);
  // Stable sorts: relevance order kept within the local and the other pages.
  const sorted = [...complete.sort((a, b) => order(a) - order(b)), ...partial.sort((a, b) => order(a) - order(b))];
  return { results: sorted, complete: found.complete };
}

/** The lexicon's own words, which are never corrected. */
const knownWords = new WeakMap<QueryLexicon, Set<string>>();

function lexiconWords(lexicon: QueryLexicon): Set<string> {
  let words = knownWords.get(lexicon);
  if (!words) {
    const phrases = [
      ...lexicon.fillers,
      ...lexicon.placeWords,
      ...lexicon.places.map((place) => place.name),
      ...lexicon.groups.flatMap((group) => [...group.words, ...group.related]),
    ];
    words = new Set(phrases.flatMap((phrase) => foldQuery(phrase).split(' ')));
    knownWords.set(lexicon, words);
  }
  return words;
}

/**
 * Runs a query. `filters` are the filters chosen on the page; a place named in the
 * query is added as the locality filter unless one is chosen (see `placeFilter`).
 */
export async function runQuery(pagefind: Pagefind, query: string, options: QueryOptions): Promise<QueryRun> {
  const understood = understandQuery(query, options.lexicon);
  const filters = { ...options.filters };
  if (understood.place && !filters.locality) filters.locality = { any: [understood.place.locality] };
  // The words as typed are searched while their spelling is checked: most queries need no correction.
  const [fixes, typed] = await Promise.all([
    options.vocabulary
      ? corrections(understood.concepts, options.vocabulary, lexiconWords(options.lexicon))
      : new Map<string, string>(),
    localFirst(pagefind, understood.concepts, filters, understood.broader),
  ]);
  const corrected = understood.concepts.map((concept) =>
    concept
      .split(' ')
      .map((word) => fixes.get(word) ?? word)
      .join(' '),
  );
  // A word no page uses finds only Pagefind's guesses from its first letters: search the corrected words.
  if (fixes.size === 0) return { understood, concepts: understood.concepts, ...typed };
  const fixed = await localFirst(pagefind, corrected, filters, understood.broader);
  if (fixed.results.length === 0) {
    return { understood, concepts: understood.concepts, ...typed };
  }
  return {
    understood,
    concepts: corrected,
    ...fixed,
    correction: { from: pagefindTerm(understood.concepts), to: pagefindTerm(corrected) },
  };
}
