/**
 * The search facets (Pagefind filters) and sort orders, shared by the pages that
 * tag content for the index and by the search page. Filter values are the stable
 * taxonomy slugs; the search page shows their labels.
 */
import {
  ageBands,
  categories,
  costTypes,
  deliveryModes,
  serviceAreas,
  specificNeeds,
  type TermDefinition,
} from '../../schemas/taxonomy.ts';
import { spokenLanguages } from '../../schemas/spoken-languages.ts';

export const resultTypes = [
  { value: 'service', label: 'Services and groups', description: 'Services, groups and activities.' },
  { value: 'grant', label: 'Grants', description: 'Grants and funding.' },
  { value: 'organisation', label: 'Organisations', description: 'Organisations that run services.' },
  { value: 'article', label: 'Articles by young people', description: 'Articles written by young editors.' },
  { value: 'guide', label: 'Guides', description: 'Step-by-step guides.' },
  { value: 'page', label: 'Areas and information', description: 'Area pages and other information.' },
] as const satisfies readonly TermDefinition[];

export type ResultType = (typeof resultTypes)[number]['value'];

/** Singular labels for a result's type, shown on each result. */
export const resultTypeLabels: Record<ResultType, string> = {
  service: 'Service',
  grant: 'Grant',
  organisation: 'Organisation',
  article: 'Article',
  guide: 'Guide',
  page: 'Information',
};

/** The filter keys, in the order the search page shows them. URL parameters use the same names. */
export const facetKeys = ['type', 'category', 'need', 'locality', 'age', 'cost', 'delivery', 'language'] as const;
export type FacetKey = (typeof facetKeys)[number];

export interface FacetOption {
  value: string;
  label: string;
  /** A language's name in its own script, shown before the label with its own `lang` and `dir`. */
  nativeName?: { text: string; lang: string; dir: 'ltr' | 'rtl' };
  /** The label's `lang` when it is English on a translated page (a locality's name). */
  lang?: string | undefined;
}

export interface FacetDefinition {
  key: FacetKey;
  /** The legend of the group of checkboxes. */
  label: string;
  /** One line under the legend, or empty. */
  hint: string;
  options: FacetOption[];
}

const options = (terms: readonly TermDefinition[]): FacetOption[] =>
  terms.map(({ value, label }) => ({ value, label }));

export const facets: FacetDefinition[] = [
  { key: 'type', label: 'Type', hint: '', options: options(resultTypes) },
  { key: 'category', label: 'Topic', hint: '', options: options(categories) },
  { key: 'need', label: 'Helps with', hint: '', options: options(specificNeeds) },
  {
    key: 'locality',
    label: 'Area',
    hint: 'Each area includes help for the whole city and online.',
    options: options(serviceAreas),
  },
  { key: 'age', label: 'Age', hint: '', options: options(ageBands) },
  { key: 'cost', label: 'Cost', hint: '', options: options(costTypes) },
  { key: 'delivery', label: 'How it is offered', hint: '', options: options(deliveryModes) },
  {
    key: 'language',
    label: 'Languages spoken',
    hint: 'Staff speak it, as the service has told us.',
    options: spokenLanguages.map(({ value, label, nativeName, dir }) => ({
      value,
      label,
      ...(nativeName === label ? {} : { nativeName: { text: nativeName, lang: value, dir } }),
    })),
  },
];

export const sortOrders = [
  { value: 'relevance', label: 'Best match' },
  { value: 'name', label: 'Name (A to Z)' },
  { value: 'reviewed', label: 'Recently checked' },
] as const;

export type SortOrder = (typeof sortOrders)[number]['value'];

/** Sort value for pages with no review date: sorts them last when newest first. */
export const NEVER_REVIEWED = '0000-00-00';
