/**
 * The search page's state (query, filters, sort, how many results shown) and
 * its URL form, so a result list can be shared, bookmarked, reloaded and
 * reached with the back button: /search/?q=autism&locality=erdington&sort=name
 * Pure: unit-tested, and used by the search island.
 */
import { facetKeys, sortOrders, type FacetKey, type SortOrder } from './facets.ts';
import { formatMessage, type Vars } from '../../i18n/format.ts';
import type { SearchText } from '../../i18n/search-text.ts';

export interface SearchState {
  query: string;
  /** Chosen values per facet; within a facet any value matches, across facets all must. */
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortOrder;
  /** Number of result pages shown ("Show more results"), from 1. */
  pages: number;
}

export const emptyState: SearchState = { query: '', filters: {}, sort: 'relevance', pages: 1 };

const isSortOrder = (value: string | null): value is SortOrder => sortOrders.some((order) => order.value === value);
const MAX_QUERY = 200;
const MAX_PAGES = 50;

/** The state in a URL query string ("?q=...&locality=..."); unknown or malformed parts are ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of facetKeys) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((value) => value.trim())
          .filter((value) => /^[a-z0-9-]{1,60}$/.test(value)),
      ),
    ];
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sort');
  const pages = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    query: (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY),
    filters,
    sort: isSortOrder(sort) ? sort : 'relevance',
    pages: Number.isFinite(pages) && pages >= 1 ? Math.min(pages, MAX_PAGES) : 1,
  };
}

/** The URL query string of a state, "" when empty; defaults are left out so URLs stay short. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of facetKeys) {
    for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.pages > 1) params.set('page', String(state.pages));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether there is anything to search for: a query or at least one filter. */
export function hasSearch(state: SearchState): boolean {
  return state.query !== '' || Object.values(state.filters).some((values) => values.length > 0);
}

/** Adds or removes one filter value; going back to the first page of results. */
export function toggleFilter(state: SearchState, key: FacetKey, value: string, on: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((item) => item !== value);
  const filters: SearchState['filters'] = Object.fromEntries(
    Object.entries({ ...state.filters, [key]: next }).filter(([, values]) => values.length > 0),
  );
  return { ...state, filters, pages: 1 };
}

export type PagefindFilters = Record<string, { any: string[]; none?: string[] }>;

/** The filters in Pagefind's form: any value within a facet, all facets; optionally leaving one facet out. */
export function toPagefindFilters(filters: SearchState['filters'], without?: FacetKey): PagefindFilters {
  const result: PagefindFilters = {};
  for (const key of facetKeys) {
    const values = filters[key];
    if (key !== without && values && values.length > 0) result[key] = { any: [...values] };
  }
  return result;
}

/** "12 results for “autism”", "1 result", "No results for “xyz”", in the page's language. */
export function resultsSentence(
  text: SearchText,
  lang: string,
  count: number,
  query: string,
  filterCount: number,
): string {
  const say = (key: keyof SearchText, vars?: Vars) => formatMessage(text[key], lang, vars);
  return [
    count === 0 ? say('searchApp.none') : say('searchApp.count', { count }),
    query ? say('searchApp.forQuery', { query }) : '',
    filterCount > 0 ? say('searchApp.withFilters', { count: filterCount }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
