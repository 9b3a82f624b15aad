/**
 * The directory's filters (category, need, locality, age band, cost, language spoken) as the map
 * page applies them to markers and list alike, and how they are held in the URL.
 * Pure: shared by the build (the services file) and the browser.
 */

export const filterKeys = ['category', 'need', 'locality', 'age', 'cost', 'language'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** One value per filter; a missing key means "any". */
export type Filters = Partial<Record<FilterKey, string>>;

/** One filter as the map page offers it: its choices, labelled. */
export interface FilterOption {
  key: FilterKey;
  label: string;
  hint?: string;
  /** `lang` on a label written in another language than the page's (locality names on a translated page). */
  options: { value: string; label: string; lang?: string | undefined }[];
}

/** What a service offers on each filter: several values, except cost. */
export interface ServiceFacets {
  category: readonly string[];
  need: readonly string[];
  locality: readonly string[];
  age: readonly string[];
  cost: readonly string[];
  language: readonly string[];
}

/** Areas that count as available in every locality when filtering by locality. */
export const everywhereAreas: readonly string[] = ['citywide', 'online'];

export function matchesFilters(facets: ServiceFacets, filters: Filters): boolean {
  return filterKeys.every((key) => {
    const wanted = filters[key];
    if (wanted === undefined || wanted === '') return true;
    const values = facets[key];
    if (values.includes(wanted)) return true;
    return key === 'locality' && values.some((value) => everywhereAreas.includes(value));
  });
}

/** Reads the filters from a query string, ignoring unknown keys and values not in `allowed`. */
export function filtersFromSearch(search: string, allowed?: Partial<Record<FilterKey, readonly string[]>>): Filters {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    const known = allowed?.[key];
    if (known && !known.includes(value)) continue;
    filters[key] = value;
  }
  return filters;
}

/** Writes the filters into a query string, keeping any other parameters. */
export function searchWithFilters(search: string, filters: Filters): string {
  const params = new URLSearchParams(search);
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
