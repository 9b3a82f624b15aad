/**
 * The search data of a collection entry (server side only). A listing's page is rendered in every
 * interface language with the same search data, and testing its text against every synonym was the
 * largest share of rendering it (docs/benchmarks.md, issue 25): its synonyms are found once per
 * entry and kept (two short lists of the synonyms file's own words); the rest, cheap, is made per page.
 */
import type { CollectionEntry } from 'astro:content';
import { oncePerEntry } from '../content/once-per-entry.ts';
import {
  searchDataFor,
  searchWordsFor,
  typeOfCollection,
  type MetaLabels,
  type SearchData,
  type SearchSource,
} from './index-entry.ts';
import { loadSynonyms } from './synonyms-file.ts';

export type IndexedEntry = CollectionEntry<
  'services' | 'organisations' | 'grants' | 'articles' | 'guides' | 'localities' | 'pages'
>;

const wordsOf = oncePerEntry((entry: IndexedEntry) =>
  searchWordsFor(entry.data as SearchSource, { body: entry.body, synonyms: loadSynonyms() }),
);

/** The search data of an entry's page; `labels` write its facts in a translated page's language. */
export function entrySearchData(entry: IndexedEntry, labels?: MetaLabels): SearchData {
  return searchDataFor(typeOfCollection[entry.collection] ?? 'page', entry.data as SearchSource, {
    words: wordsOf(entry),
    labels,
  });
}
