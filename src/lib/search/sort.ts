/**
 * Sorting search results by name or by date checked, without Pagefind's sort
 * keys. Pagefind puts every sort order in the index file that every search loads
 * first (tens of KB on a large site: docs/benchmarks.md), though most
 * searches are by best match. Instead, the build writes one small file per order
 * (`pagefind/sort-<order>.json`): the result ids (Pagefind's page hashes, as in
 * `result.id`) in that order. The search page fetches it only when someone picks
 * that order, sorts the ids of all results by it, and loads the data of the results
 * shown. SearchMeta writes each page's keys as data attributes that Pagefind
 * does not read; src/integrations/pagefind.ts collects them.
 */
import { NEVER_REVIEWED } from './facets.ts';

export const sortKeys = ['name', 'reviewed'] as const;
export type SortKey = (typeof sortKeys)[number];

/** Where the ids in one order are, relative to the site's base. */
export const sortFile = (key: SortKey) => `pagefind/sort-${key}.json`;

export interface SortFile {
  /** Result ids, first to last. */
  ids: string[];
}

export type PageSortKeys = Record<SortKey, string>;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeAttribute = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });

/** The sort keys SearchMeta wrote into a built page, or undefined if it has none. */
export function sortKeysIn(html: string): PageSortKeys | undefined {
  const block = /<div class="search-meta"[^>]*>/.exec(html)?.[0];
  if (!block) return undefined;
  const keys: Partial<PageSortKeys> = {};
  for (const match of block.matchAll(/\sdata-sort-([a-z]+)="([^"]*)"/g)) {
    const [, key, value] = match;
    if (key === 'name' || key === 'reviewed') keys[key] = unescapeAttribute(value ?? '');
  }
  return keys.name !== undefined && keys.reviewed !== undefined
    ? { name: keys.name, reviewed: keys.reviewed }
    : undefined;
}

// One collator: `localeCompare` with options builds one for every comparison, sixty times
// slower on a large site (docs/benchmarks.md).
const nameCollator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Names A to Z as people expect: case and accents ignored first, numbers in number order. */
export const compareNames = (a: string, b: string) => nameCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The result ids in each order: by name A to Z; by date checked, newest first, with
 * pages never checked last (ties by name).
 */
export function sortedIds(pages: readonly { id: string; keys: PageSortKeys }[]): Record<SortKey, string[]> {
  const byName = [...pages].sort((a, b) => compareNames(a.keys.name, b.keys.name) || (a.id < b.id ? -1 : 1));
  const reviewed = (page: (typeof pages)[number]) => (page.keys.reviewed === NEVER_REVIEWED ? '' : page.keys.reviewed);
  const byReviewed = byName
    .map((page, index) => ({ page, index }))
    .sort((a, b) =>
      reviewed(a.page) < reviewed(b.page) ? 1 : reviewed(a.page) > reviewed(b.page) ? -1 : a.index - b.index,
    )
    .map(({ page }) => page);
  return { name: byName.map((page) => page.id), reviewed: byReviewed.map((page) => page.id) };
}

/**
 * Results in the order of a sort file's ids. Results missing from it (none, when the
 * build is sound) keep their best-match order after the others.
 */
export function orderResults<T extends { id: string }>(results: readonly T[], ids: readonly string[]): T[] {
  const rank = new Map(ids.map((id, index) => [id, index]));
  return results
    .map((result, index) => ({ result, rank: rank.get(result.id) ?? ids.length + index }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ result }) => result);
}
