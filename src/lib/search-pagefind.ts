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
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearch>;
  mergeIndex?: (url: string, options?: Record<string, unknown>) => Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind from `${base}pagefind/pagefind.js` (the first call only). When
 * the index is split (see README, Search), `splitManifest` names the file that
 * lists the other bundles, which are merged into the main one.
 */
export function loadPagefind(base: string, splitManifest?: string): Promise<Pagefind> {
  loading ??= (async () => {
    const root = base.endsWith('/') ? base : `${base}/`;
    const pagefind = (await import(/* @vite-ignore */ `${root}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: root, excerptLength: 20 });
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
