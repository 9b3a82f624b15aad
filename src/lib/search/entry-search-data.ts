/**
 * The search data of a collection entry, made once per entry (server side only): a listing's
 * page is rendered in every interface language with the same search data, and testing its
 * text against every synonym was the largest share of rendering it (docs/benchmarks.md, issue 25).
 */
import type { CollectionEntry } from 'astro:content';
import { oncePerEntry } from '../content/once-per-entry.ts';
import { searchDataFor, typeOfCollection, type SearchData, type SearchSource } from './index-entry.ts';
import { loadSynonyms } from './synonyms-file.ts';

export type IndexedEntry = CollectionEntry<
  'services' | 'organisations' | 'grants' | 'articles' | 'guides' | 'localities' | 'pages'
>;

export const entrySearchData: (entry: IndexedEntry) => SearchData = oncePerEntry((entry: IndexedEntry) =>
  searchDataFor(typeOfCollection[entry.collection] ?? 'page', entry.data as SearchSource, {
    body: entry.body,
    synonyms: loadSynonyms(),
  }),
);
