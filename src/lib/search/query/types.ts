/**
 * The shapes shared by the search page's query understanding, spelling and
 * query runner (src/lib/search/query/). A lexicon is everything one language
 * needs to read a query: built at build time from the synonyms file, the
 * localities and the language's filler words, and handed to the search page.
 */

/** A place people may name in a query, and the locality filter value it stands for. */
export interface PlaceName {
  /** As people write it: "Erdington", "Kingstanding", "Sutton". */
  name: string;
  /** The locality filter value (a slug of `localityAreas`). */
  locality: string;
}

/** A topic offered when a search finds little: a browse link and the words that lead to it. */
export interface TopicHint {
  label: string;
  href: string;
  /** Lower-case words and phrases that point to this topic (its label, its synonym groups). */
  words: string[];
}

export interface QueryLexicon {
  /** BCP 47 language of the words, e.g. "en". Issue 22 adds one lexicon per language. */
  language: string;
  /** Phrases that carry no meaning for search ("help with", "my child"), longest first. */
  fillers: string[];
  /** Words that say "in a place" ("near", "in", "around"): dropped when followed by a place name. */
  placeWords: string[];
  /**
   * Synonym groups (synonyms.yaml): its words and its related words, each searched as typed
   * and as the group's term (understand.ts).
   */
  groups: { term: string; words: string[]; related: string[] }[];
  places: PlaceName[];
  topics: TopicHint[];
}

/** What the search page makes of a query before Pagefind sees it. */
export interface UnderstoodQuery {
  /** The query as typed, spacing tidied. */
  original: string;
  /** The concepts left to search for, each a word or phrase as typed, after fillers and places are taken out. */
  concepts: string[];
  /** Synonyms read as the group's term: `{ from: "autism spectrum", to: "autism" }`. */
  expanded: { from: string; to: string }[];
  /**
   * Concepts that are synonyms, with their group's term: "dyslexia" is searched as typed
   * and as "send", "autism spectrum" as typed and as "autism"; each page scores the sum.
   */
  broader: Record<string, string>;
  /** Filler phrases that were dropped, as typed. */
  dropped: string[];
  /** The query without the place and its "near", "in" (lower case); the whole query when it names no place. */
  withoutPlace: string;
  /** A place named in the query, as typed, with its locality. */
  place?: PlaceName & { typed: string };
}
