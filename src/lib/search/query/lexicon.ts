/**
 * Builds the search page's lexicon (types.ts) at build time from the site's own
 * data: the synonym groups, the localities and their wards, the topics and needs
 * of the taxonomy, and a language's filler words. Pure: the caller reads the files.
 */
import type { SynonymGroup } from '../../../schemas/synonyms.ts';
import { categories, specificNeeds, type TermDefinition } from '../../../schemas/taxonomy.ts';
import { englishFillers, englishPlaceWords } from './english.ts';
import { synonymsFor } from '../synonyms.ts';
import { foldQuery } from './understand.ts';
import type { PlaceName, QueryLexicon, TopicHint } from './types.ts';

export interface LexiconSource {
  language: string;
  fillers: readonly string[];
  placeWords: readonly string[];
  groups: readonly SynonymGroup[];
  /** Localities with the other names people call them by (wards, neighbourhoods). */
  localities: readonly { value: string; label: string; otherNames?: readonly string[] }[];
  /** Browse topics: a taxonomy list and where its values are browsed (undefined: no page to browse). */
  topics: readonly { terms: readonly TermDefinition[]; href: (value: string) => string | undefined }[];
}

export function buildLexicon(source: LexiconSource): QueryLexicon {
  const places: PlaceName[] = [];
  const seen = new Set<string>();
  for (const locality of source.localities) {
    // "Moseley and Kings Heath" is two places people name on their own.
    const names = [locality.label, ...(locality.otherNames ?? [])].flatMap((name) => [
      name,
      ...(/ and /i.test(name) ? name.split(/ and /i) : []),
    ]);
    for (const name of names) {
      const key = foldQuery(name);
      // A name shared by two localities says nothing about which one is meant.
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      places.push({ name, locality: locality.value });
    }
  }
  const fillers = new Set(source.fillers.map(foldQuery));
  const topics: TopicHint[] = source.topics.flatMap(({ terms, href }) =>
    terms.flatMap((term) => {
      const link = href(term.value);
      if (link === undefined) return [];
      const text = `${term.label}. ${term.description}`;
      const ownWords = foldQuery(text)
        .split(' ')
        .filter((word) => word.length >= 3 && !fillers.has(word));
      const words = new Set([foldQuery(term.label), ...ownWords, ...synonymsFor(text, source.groups).map(foldQuery)]);
      return [{ label: term.label, href: link, words: [...words].filter((word) => word !== '') }];
    }),
  );
  return {
    language: source.language,
    fillers: [...source.fillers],
    placeWords: [...source.placeWords],
    groups: source.groups.map((group) => ({
      term: group.term,
      words: [group.term, ...group.alternatives],
      related: [...(group.related ?? [])],
    })),
    places,
    topics,
  };
}

/**
 * The English lexicon of a site: its synonym groups, its localities (with their
 * wards and neighbourhoods as other names) and, as topics, the taxonomy's topics
 * and needs with their browse pages (`browsePath("category", "parenting")`, undefined for a
 * value with no page).
 */
export function englishLexicon(
  groups: readonly SynonymGroup[],
  localities: readonly { value: string; label: string; otherNames?: readonly string[] }[],
  browsePath: (facet: 'category' | 'need', value: string) => string | undefined,
  /** The area's own name ("Birmingham"): every listing is there, so it says nothing in a query. */
  areaName = '',
): QueryLexicon {
  return buildLexicon({
    language: 'en',
    fillers: areaName ? [...englishFillers, areaName] : englishFillers,
    placeWords: englishPlaceWords,
    groups,
    localities,
    topics: [
      { terms: categories, href: (value) => browsePath('category', value) },
      { terms: specificNeeds, href: (value) => browsePath('need', value) },
    ],
  });
}
