/**
 * Browse links for the search page: shown without JavaScript and when nothing
 * matches. One place for the directory's browse URLs.
 */
import { categories, localityAreas, specificNeeds, type TermDefinition } from '../schemas/taxonomy.ts';

export interface BrowseGroup {
  heading: string;
  links: { value: string; label: string; path: string }[];
}

const group = (heading: string, terms: readonly TermDefinition[], path: (value: string) => string): BrowseGroup => ({
  heading,
  links: terms.map(({ value, label }) => ({ value, label, path: path(value) })),
});

export const browseGroups: BrowseGroup[] = [
  group('By topic', categories, (value) => `/services/category/${value}/`),
  group('By need', specificNeeds, (value) => `/services/need/${value}/`),
  group('By area', localityAreas, (value) => `/localities/${value}/`),
];
