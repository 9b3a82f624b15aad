/**
 * The ways to browse the directory: each facet is a field of a service, and each
 * value of a facet becomes a real URL (/services/<facet>/<value>/, page 2 at .../2/).
 * Pure: pages pass in plain service data, so the rules are unit-tested.
 */
import {
  ageBands,
  audiences,
  categories,
  serviceAreas,
  specificNeeds,
  type TermDefinition,
} from '../schemas/taxonomy.ts';
import { ageBandsFor, type AgeRange } from './labels.ts';

/** The fields of a service that browsing reads. */
export interface BrowsableService extends AgeRange {
  categories: readonly string[];
  needs: readonly string[];
  audiences: readonly string[];
  localities: readonly string[];
}

export interface Facet {
  /** The URL segment: /services/<key>/<value>/. */
  key: 'category' | 'need' | 'audience' | 'age' | 'locality';
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
  return facet.terms.map((term) => ({
    value: term.value,
    label: term.label,
    description: term.description,
    count: items.filter((item) => facet.valuesOf(item.data).includes(term.value)).length,
  }));
}

/** Browse pages are listed 20 to a page: short enough for a phone, long enough to scan. */
export const pageSize = 20;

/** URL of page `n` of a list whose first page is `basePath` (which ends with a slash). */
export function pagePath(basePath: string, n: number): string {
  return n <= 1 ? basePath : `${basePath}${String(n)}/`;
}

/**
 * Services most like this one: sharing a category or an area (excluding the
 * whole-city and online areas, which everything shares), scored by overlap.
 */
export function relatedServices<T extends { id: string; data: BrowsableService & { name: string } }>(
  service: T,
  all: readonly T[],
  limit = 4,
): T[] {
  const local = (areas: readonly string[]) => areas.filter((area) => area !== 'citywide' && area !== 'online');
  const myAreas = local(service.data.localities);
  const scored = all
    .filter((other) => other.id !== service.id)
    .map((other) => {
      const sharedCategories = other.data.categories.filter((c) => service.data.categories.includes(c)).length;
      const sharedAreas = local(other.data.localities).filter((a) => myAreas.includes(a)).length;
      return { other, sharedCategories, score: sharedCategories * 2 + sharedAreas };
    })
    .filter(({ sharedCategories, score }) => sharedCategories > 0 || score > 0);
  scored.sort((a, b) => b.score - a.score || a.other.data.name.localeCompare(b.other.data.name, 'en-GB'));
  return scored.slice(0, limit).map(({ other }) => other);
}
