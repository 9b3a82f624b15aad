/**
 * What each kind of page tells the search index: its type, filters, metadata,
 * sort keys and the extra words (keywords and synonyms) that should find it.
 * Pure (plain data in, plain data out), so it is unit-tested; the
 * SearchMeta component turns it into Pagefind data attributes.
 */
import type { SynonymGroup } from '../../schemas/synonyms.ts';
import {
  audiences,
  categories,
  costTypes,
  localityAreas,
  serviceAreas,
  specificNeeds,
  termLabel,
} from '../../schemas/taxonomy.ts';
import { ageBandsFor, ageRangeLabel } from '../directory/labels.ts';
import { NEVER_REVIEWED, resultTypeLabels, type FacetKey, type ResultType } from './facets.ts';
import { containsTerm, synonymsFor } from './synonyms.ts';

export interface SearchData {
  type: ResultType;
  /** Filter values per facet (slugs). Empty lists are left out of the page. */
  filters: Partial<Record<FacetKey, string[]>>;
  /** Result metadata shown by the search page: title, type, summary, localities, cost, ages. */
  meta: Record<string, string>;
  /** Every page has every sort key (src/lib/search/sort.ts); the build fails if one is missing. */
  sort: { name: string; reviewed: string };
  /**
   * Words indexed with the page but not shown, weighted as its headline (HEADLINE_WEIGHT):
   * its summary, keywords, the labels of its topics, needs and audiences, and the synonyms
   * of all of those and of its name.
   */
  headlineWords: string[];
  /** Words indexed with the page at the weight of its text: the synonyms of words only its text has. */
  extraWords: string[];
}

/**
 * The weight (Pagefind's data-pagefind-weight; body text is 1, a page's h1 is 7) of what
 * a page is about: its summary, topics, needs and audiences. Tuned against the relevance
 * test set (docs/benchmarks.md).
 */
export const HEADLINE_WEIGHT = 4;

/** The fields of any collection entry that search reads; every one is optional. */
export interface SearchSource {
  name?: string | undefined;
  title?: string | undefined;
  alternateName?: string | undefined;
  summary: string;
  categories?: readonly string[] | undefined;
  needs?: readonly string[] | undefined;
  audiences?: readonly string[] | undefined;
  localities?: readonly string[] | undefined;
  delivery?: readonly string[] | undefined;
  languages?: readonly string[] | undefined;
  cost?: { type: string } | undefined;
  minimumAge?: number | undefined;
  maximumAge?: number | undefined;
  keywords?: readonly string[] | undefined;
  assuredDate?: Date | undefined;
  updated?: Date | undefined;
  publishedDate?: Date | undefined;
  boundaryKey?: string | undefined;
}

const isoDay = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : NEVER_REVIEWED);

/**
 * The locality filter values of a listing: its own areas, and for a listing for
 * the whole city or online, every locality too (it is available there).
 */
export function localityFilterValues(localities: readonly string[]): string[] {
  const values = new Set(localities);
  if (values.has('citywide') || values.has('online')) {
    for (const area of localityAreas) values.add(area.value);
  }
  return serviceAreas.map((area) => area.value as string).filter((value) => values.has(value));
}

/**
 * The words of a result's facts (its type, areas, cost and ages) in the language of the page
 * indexed, so that a language's search results read in it; English by default.
 */
export interface MetaLabels {
  type: (type: ResultType) => string;
  /** A locality's label, and its `lang` when that label is English on a translated page. */
  area: (value: string) => { label: string; lang: string | undefined };
  list: (labels: readonly string[]) => string;
  cost: (value: string) => string;
  ages: (range: { minimumAge?: number | undefined; maximumAge?: number | undefined }) => string;
}

const englishMetaLabels: MetaLabels = {
  type: (type) => resultTypeLabels[type],
  area: (value) => ({ label: termLabel(serviceAreas, value), lang: undefined }),
  list: (labels) => labels.join(', '),
  cost: (value) => termLabel(costTypes, value),
  ages: (range) => ageRangeLabel(range),
};

/** What a page is about, as its headline words: summary, keywords, the labels of its topics, needs and audiences. */
function aboutOf(source: SearchSource): string[] {
  const keywords = [...(source.keywords ?? [])];
  if (source.alternateName) keywords.push(source.alternateName);
  return [
    source.summary,
    ...keywords,
    ...(source.categories ?? []).map((value) => termLabel(categories, value)),
    ...(source.needs ?? []).map((value) => termLabel(specificNeeds, value)),
    ...(source.audiences ?? []).map((value) => termLabel(audiences, value)),
  ];
}

/** The synonyms a page is indexed with: the costly part of its search data (every synonym's pattern is tested). */
export interface SearchWords {
  /** The synonyms of its name and headline words. */
  headlineSynonyms: string[];
  /** The synonyms of words only its text has. */
  extraWords: string[];
}

/** The synonyms of one page's name, headline words and text. */
export function searchWordsFor(
  source: SearchSource,
  options: { body?: string | undefined; synonyms?: readonly SynonymGroup[] } = {},
): SearchWords {
  const groups = options.synonyms ?? [];
  const headline = [source.name ?? source.title ?? '', ...aboutOf(source)].join('\n');
  const headlineSynonyms = synonymsFor(headline, groups);
  const inHeadline = new Set(headlineSynonyms);
  const extraWords = synonymsFor(options.body ?? '', groups).filter(
    (word) => !inHeadline.has(word) && !containsTerm(headline, word),
  );
  return { headlineSynonyms, extraWords };
}

/**
 * The search data of one page. `type` comes from the collection (see typeOfCollection).
 * `words`, when given, are its synonyms as searchWordsFor found them (made once per entry);
 * `labels` write its facts in the page's language.
 */
export function searchDataFor(
  type: ResultType,
  source: SearchSource,
  options: {
    body?: string | undefined;
    synonyms?: readonly SynonymGroup[];
    words?: SearchWords;
    labels?: MetaLabels | undefined;
  } = {},
): SearchData {
  const labels = options.labels ?? englishMetaLabels;
  const title = source.name ?? source.title ?? '';
  const localities = source.localities ?? (source.boundaryKey ? [source.boundaryKey] : []);
  const allFilters: Record<FacetKey, string[]> = {
    type: [type],
    category: [...(source.categories ?? [])],
    need: [...(source.needs ?? [])],
    locality: localityFilterValues(localities),
    delivery: [...(source.delivery ?? [])],
    language: [...(source.languages ?? [])],
    cost: source.cost ? [source.cost.type] : [],
    age: type === 'service' ? ageBandsFor(source) : [],
  };
  const filters: SearchData['filters'] = Object.fromEntries(
    Object.entries(allFilters).filter(([, values]) => values.length > 0),
  );

  const meta: Record<string, string> = {
    title,
    type: labels.type(type),
    summary: source.summary,
  };
  if (localities.length > 0) {
    const areas = localities.map(labels.area);
    meta.localities = labels.list(areas.map((area) => area.label));
    // Locality names are English on a translated page: the result marks them when all of them are.
    const [first] = areas;
    if (first?.lang && areas.every((area) => area.lang === first.lang)) meta.localitiesLang = first.lang;
  }
  if (source.cost) meta.cost = labels.cost(source.cost.type);
  if (type === 'service') meta.ages = labels.ages(source);

  const about = aboutOf(source);
  const { headlineSynonyms, extraWords } = options.words ?? searchWordsFor(source, options);
  const headlineWords = [...new Set([...about, ...headlineSynonyms])];

  const reviewed = source.assuredDate ?? source.updated ?? source.publishedDate;
  return {
    type,
    filters,
    meta,
    sort: { name: title.toLocaleLowerCase('en-GB'), reviewed: isoDay(reviewed) },
    headlineWords,
    extraWords,
  };
}

/** The result type of each content collection. */
export const typeOfCollection: Record<string, ResultType> = {
  services: 'service',
  organisations: 'organisation',
  grants: 'grant',
  articles: 'article',
  guides: 'guide',
  localities: 'page',
  pages: 'page',
};
