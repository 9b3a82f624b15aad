/**
 * Splitting the search index for very large sites (see README, Search). By
 * default the whole site is one Pagefind index in /pagefind/. With
 * SEARCH_INDEX_SPLIT=type at build time, each result type gets its own index
 * (services in /pagefind/, the others in /pagefind-<type>/) and the search page
 * merges them in the browser with Pagefind's mergeIndex, so it stays one page.
 */
import { resultTypes, type ResultType } from './facets.ts';

export type SplitMode = 'none' | 'type';

/** Written by the build when the index is split: `{ "bundles": ["pagefind-grant", ...] }`. */
export const SPLIT_MANIFEST = 'pagefind-bundles.json';

export function splitMode(value = process.env.SEARCH_INDEX_SPLIT): SplitMode {
  if (value === undefined || value === '' || value === 'none') return 'none';
  if (value === 'type') return 'type';
  throw new Error(`SEARCH_INDEX_SPLIT must be "type" or "none", not "${value}"`);
}

/** The folder (under the site root) of the index that holds a result type. */
export function bundleFor(type: ResultType, mode: SplitMode = splitMode()): string {
  return mode === 'none' || type === 'service' ? 'pagefind' : `pagefind-${type}`;
}

/** The extra bundles the search page merges into the main one, relative to the base URL. */
export function extraBundles(mode: SplitMode = splitMode()): string[] {
  if (mode === 'none') return [];
  return resultTypes.map((type) => bundleFor(type.value, mode)).filter((bundle) => bundle !== 'pagefind');
}

/** The result type a built page declares (its `type:` filter), or undefined when it is not indexed. */
export function indexedTypeOf(html: string): ResultType | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const value = /data-pagefind-filter="type:([a-z-]+)"/.exec(html)?.[1];
  return resultTypes.find((type) => type.value === value)?.value;
}
