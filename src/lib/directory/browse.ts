/**
 * The ways to browse the directory: each facet is a field of a service, and each
 * value of a facet becomes a real URL (/services/<facet>/<value>/, page 2 at .../2/).
 * Pure: pages pass in plain service data, so the rules are unit-tested.
 */
import {
  ageBands,
  audiences,
  categories,
  pfaPathways,
  serviceAreas,
  specificNeeds,
  type TermDefinition,
} from '../../schemas/taxonomy.ts';
import { spokenLanguages } from '../../schemas/spoken-languages.ts';
import { ageBandsFor, type AgeRange } from './labels.ts';

/** The fields of a service that browsing reads. */
export interface BrowsableService extends AgeRange {
  categories: readonly string[];
  needs: readonly string[];
  audiences: readonly string[];
  localities: readonly string[];
  /** Preparing for adulthood: the areas of adult life a service helps with. */
  pfaPathways?: readonly string[] | undefined;
  /** The languages staff speak (ISO 639 codes). */
  languages?: readonly string[] | undefined;
}

export interface Facet {
  /** The URL segment: /services/<key>/<value>/. */
  key: 'category' | 'need' | 'audience' | 'age' | 'locality' | 'pathway' | 'language';
  /** Heading on the browse index ("By topic"). */
  title: string;
  terms: readonly TermDefinition[];
  valuesOf: (service: BrowsableService) => readonly string[];
}

export const facets: readonly Facet[] = [
  { key: 'category', title: 'By topic', terms: categories, valuesOf: (s) => s.categories },
  { key: 'need', title: 'By need or condition', terms: specificNeeds, valuesOf: (s) => s.needs },
  { key: 'audience', title: 'By who it is for', terms: audiences, valuesOf: (s) => s.audiences },
  { key: 'age', title: 'By age', terms: ageBands, valuesOf: (s) => ageBandsFor(s) },
  { key: 'locality', title: 'By area', terms: serviceAreas, valuesOf: (s) => s.localities },
  // The areas of adult life: the preparing for adulthood hub links here for the full list of each.
  { key: 'pathway', title: 'Preparing for adulthood', terms: pfaPathways, valuesOf: (s) => s.pfaPathways ?? [] },
  { key: 'language', title: 'By language spoken', terms: spokenLanguages, valuesOf: (s) => s.languages ?? [] },
];

export function facetByKey(key: string): Facet | undefined {
  return facets.find((facet) => facet.key === key);
}

/** The services that carry one value of a facet, in the order given. */
export function servicesFor<T extends { data: BrowsableService }>(
  items: readonly T[],
  facet: Facet,
  value: string,
): T[] {
  return items.filter((item) => facet.valuesOf(item.data).includes(value));
}

export interface FacetCount {
  value: string;
  label: string;
  description: string;
  count: number;
}

/** Every value of a facet with how many services carry it, in taxonomy order. */
export function facetCounts(items: readonly { data: BrowsableService }[], facet: Facet): FacetCount[] {
  // One pass over the services: a pass per term worked out each service's values (its age bands
  // included) once for every term, which showed in the build time of large sites (docs/benchmarks.md).
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const value of new Set(facet.valuesOf(item.data))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return facet.terms.map((term) => ({
    value: term.value,
    label: term.label,
    description: term.description,
    count: counts.get(term.value) ?? 0,
  }));
}

/** Browse pages are listed 20 to a page: short enough for a phone, long enough to scan. */
export const pageSize = 20;

/**
 * The page numbers a pagination bar links to: the first and last pages, and two
 * either side of the current one, with a gap (null) where pages are skipped. A
 * list of 500 pages links to 7, not 500, so the bar stays short on every page.
 */
export function pageWindow(current: number, last: number, around = 2): (number | null)[] {
  const shown = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const items: (number | null)[] = [];
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1];
    // A gap of one page is shown as that page: "1 2 3", not "1 … 3".
    if (previous !== undefined && n - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) items.push(null);
    items.push(n);
  });
  return items;
}

/** URL of page `n` of a list whose first page is `basePath` (which ends with a slash). */
export function pagePath(basePath: string, n: number): string {
  return n <= 1 ? basePath : `${basePath}${String(n)}/`;
}

/**
 * Services most like this one: sharing a category or an area (excluding the
 * whole-city and online areas, which everything shares), scored by overlap
 * (2 per shared category, 1 per shared area), ties by name.
 */
export function relatedServices<T extends { id: string; data: BrowsableService & { name: string } }>(
  service: T,
  all: readonly T[],
  limit = 4,
): T[] {
  return relatedServicesFinder(all.includes(service) ? all : [...all, service], limit)(service);
}

/**
 * `relatedServices` for every service of a list at once. Scoring each service
 * against every other is quadratic (about 100 million comparisons and a sort
 * per page at 10,000 listings), so the services are indexed by category and
 * area once and each page only visits the services it shares something with.
 */
export function relatedServicesFinder<T extends { id: string; data: BrowsableService & { name: string } }>(
  all: readonly T[],
  limit = 4,
): (service: T) => T[] {
  const local = (areas: readonly string[]) => areas.filter((area) => area !== 'citywide' && area !== 'online');
  // Rank by name once, so ties are broken without comparing strings per page.
  const collator = new Intl.Collator('en-GB');
  const nameOf = (i: number) => (all[i] as T).data.name;
  const byName = all.map((_, i) => i).sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
  const rank = new Int32Array(all.length);
  byName.forEach((index, position) => (rank[index] = position));
  const indexBy = (valuesOf: (service: T) => readonly string[]) => {
    const lists = new Map<string, number[]>();
    all.forEach((service, i) => {
      for (const value of new Set(valuesOf(service))) {
        let list = lists.get(value);
        if (!list) lists.set(value, (list = []));
        list.push(i);
      }
    });
    return new Map([...lists].map(([value, list]) => [value, Int32Array.from(list)]));
  };
  const byCategory = indexBy((service) => service.data.categories);
  const byArea = indexBy((service) => local(service.data.localities));
  const position = new Map(all.map((service, i) => [service, i]));
  const scores = new Int32Array(all.length);
  const touched = new Int32Array(all.length);
  const keep = limit + 1;
  const bestKeys = new Float64Array(keep);
  const bestIndexes = new Int32Array(keep);
  // One number orders two services: the higher score first, then the name earlier in the alphabet.
  const keyOf = (i: number) => (scores[i] ?? 0) * (all.length + 1) + (all.length - (rank[i] ?? 0));

  /**
   * The best `limit + 1` services for a set of categories and areas: one more, in case the service itself is one.
   * Typed arrays and one number per comparison: on a large site this runs for tens of thousands of
   * combinations, each visiting thousands of services; less than half the time of plain arrays and a
   * comparison function (docs/benchmarks.md, "Figures behind the code").
   */
  const bestFor = (categories: readonly string[], areas: readonly string[]): number[] => {
    let count = 0;
    const add = (lists: Map<string, Int32Array>, values: readonly string[], points: number) => {
      for (const value of values) {
        const list = lists.get(value);
        if (!list) continue;
        for (const i of list) {
          if (scores[i] === 0) touched[count++] = i;
          scores[i] = (scores[i] ?? 0) + points;
        }
      }
    };
    add(byCategory, categories, 2);
    add(byArea, areas, 1);
    let size = 0;
    for (const i of touched.subarray(0, count)) {
      const key = keyOf(i);
      scores[i] = 0;
      if (size === keep && key <= (bestKeys[keep - 1] ?? 0)) continue;
      // Keep the best few in order: insertion into a short list, no sort of everything.
      if (size < keep) size += 1;
      let at = size - 1;
      while (at > 0 && (bestKeys[at - 1] ?? 0) < key) {
        bestKeys[at] = bestKeys[at - 1] ?? 0;
        bestIndexes[at] = bestIndexes[at - 1] ?? 0;
        at -= 1;
      }
      bestKeys[at] = key;
      bestIndexes[at] = i;
    }
    return Array.from(bestIndexes.subarray(0, size));
  };
  // Services with the same categories and areas have the same related services (but themselves): worked out once.
  // Scanning each service's categories for every page took minutes at 100,000 listings.
  const bestBySignature = new Map<string, number[]>();

  return (service) => {
    const self = position.get(service);
    const categories = [...new Set(service.data.categories)].sort();
    const areas = [...new Set(local(service.data.localities))].sort();
    const signature = `${categories.join(',')}|${areas.join(',')}`;
    let best = bestBySignature.get(signature);
    if (!best) {
      best = bestFor(categories, areas);
      bestBySignature.set(signature, best);
    }
    return best
      .filter((i) => i !== self && (all[i] as T).id !== service.id)
      .slice(0, limit)
      .map((i) => all[i] as T);
  };
}
