/**
 * The parts of Pagefind's browser API (pagefind.js, written by the build into
 * /pagefind/) that the search page uses, and how it is loaded: on demand, from
 * the site's base path, once.
 */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  /** Pagefind's relevance score: higher is better. */
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearch>;
  mergeIndex?: (url: string, options?: Record<string, unknown>) => Promise<void>;
}

import { sortFile, type SortFile, type SortKey } from './sort.ts';

/**
 * Pagefind's ranking options (https://pagefind.app/docs/ranking/), tuned against the
 * relevance test set (tests/content/search-queries.yaml); what was tried and its score
 * is in docs/benchmarks.md.
 */
export const searchRanking: Record<string, number | Record<string, number>> = {};

let loading: Promise<Pagefind> | undefined;
const sortLoads = new Map<SortKey, Promise<string[]>>();

const rootOf = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The result ids in one sort order (src/lib/search/sort.ts), fetched the first time that order is used. */
export function loadSortOrder(base: string, key: SortKey): Promise<string[]> {
  let load = sortLoads.get(key);
  if (!load) {
    load = (async () => {
      const response = await fetch(`${rootOf(base)}${sortFile(key)}`);
      if (!response.ok) throw new Error(`Could not load the ${key} sort order: ${String(response.status)}`);
      return ((await response.json()) as SortFile).ids;
    })();
    load.catch(() => sortLoads.delete(key));
    sortLoads.set(key, load);
  }
  return load;
}

/**
 * Loads Pagefind from `${base}pagefind/pagefind.js` (the first call only). When
 * the index is split (see README, Search), `splitManifest` names the file that
 * lists the other bundles, which are merged into the main one.
 */
export function loadPagefind(base: string, splitManifest?: string): Promise<Pagefind> {
  loading ??= (async () => {
    const root = rootOf(base);
    const pagefind = (await import(/* @vite-ignore */ `${root}pagefind/pagefind.js`)) as Pagefind;
    // noWorker: Pagefind 1.5+ searches in a Web Worker by default, whose script is 12 KB more for the
    // first query (over its 200 KB budget at 10,000 listings; docs/benchmarks.md, "Search at 10,000 listings on a real build").
    await pagefind.options({ baseUrl: root, excerptLength: 20, ranking: searchRanking, noWorker: true });
    if (splitManifest) {
      const response = await fetch(`${root}${splitManifest}`);
      const { bundles } = (await response.json()) as { bundles: string[] };
      for (const bundle of bundles) await pagefind.mergeIndex?.(`${root}${bundle}/`, { baseUrl: root });
    }
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
