/**
 * Query understanding: what the search page does with a query before Pagefind
 * sees it. Pure and language-neutral: every word it knows comes from the
 * lexicon (types.ts), so another language needs only another lexicon.
 *
 * 1. A place named in the query ("near Erdington", "Kingstanding") becomes the
 *    locality filter; the place words are taken out of the search words.
 * 2. A word or phrase of a synonym group ("autism spectrum", "counseling", or a
 *    related word such as "dyslexia") is one concept, searched as typed and as the
 *    group's term ("autism", "counselling", "SEND"), each page scoring the sum. The
 *    build adds every word of a group to the pages that have any of them (synonyms.ts),
 *    so the term finds every page any of its words finds.
 * 3. Filler phrases ("help with", "my child", "where can I") are dropped.
 * What is left are the concepts: Pagefind is asked for all of them together.
 */
import type { PlaceName, QueryLexicon, UnderstoodQuery } from './types.ts';

/**
 * Lower case, one kind of apostrophe, hyphens and punctuation as spaces, single spaces.
 * Composed (NFC) first, so "آ" typed as alef and a combining madda matches the one letter the
 * pages and synonyms files use; combining marks and the zero-width (non-)joiner are parts of
 * words (Bengali vowel signs, Urdu's joiners, Arabic's harakat), not punctuation.
 */
export function foldQuery(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{M}\p{N}'\u200c\u200d]+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const tokens = (text: string) => (text === '' ? [] : text.split(' '));

/** Where the phrase's words occur in a row in `words` at or after `from` (-1 when they do not). */
function findPhrase(words: readonly (string | null)[], phrase: readonly string[], from = 0): number {
  outer: for (let start = from; start + phrase.length <= words.length; start++) {
    for (let i = 0; i < phrase.length; i++) {
      if (words[start + i] !== phrase[i]) continue outer;
    }
    return start;
  }
  return -1;
}

interface Compiled {
  fillers: string[][];
  placeWords: Set<string>;
  places: { words: string[]; place: PlaceName }[];
  groupWords: { words: string[]; term: string; broader?: string }[];
}

const compiledLexicons = new WeakMap<QueryLexicon, Compiled>();

const byLength = <T extends { words: string[] }>(a: T, b: T) => b.words.length - a.words.length;

function compile(lexicon: QueryLexicon): Compiled {
  let compiled = compiledLexicons.get(lexicon);
  if (!compiled) {
    compiled = {
      fillers: lexicon.fillers
        .map((phrase) => tokens(foldQuery(phrase)))
        .filter((words) => words.length > 0)
        .sort((a, b) => b.length - a.length),
      placeWords: new Set(lexicon.placeWords.map(foldQuery)),
      places: lexicon.places.map((place) => ({ words: tokens(foldQuery(place.name)), place })).sort(byLength),
      groupWords: lexicon.groups
        .flatMap((group) => [
          ...group.words.map((word) => ({ words: tokens(foldQuery(word)), term: group.term })),
          // A related word is kept as typed, but as one concept that fillers cannot break.
          ...group.related.map((word) => ({ words: tokens(foldQuery(word)), term: word, broader: group.term })),
        ])
        .filter((entry) => entry.words.length > 0)
        .sort(byLength),
    };
    compiledLexicons.set(lexicon, compiled);
  }
  return compiled;
}

/** Reads a query with a lexicon. */
export function understandQuery(query: string, lexicon: QueryLexicon): UnderstoodQuery {
  const { fillers, placeWords, places, groupWords } = compile(lexicon);
  const original = query.replace(/\s+/g, ' ').trim();
  // Each word is replaced by null once it is used, so no word counts twice.
  const words: (string | null)[] = tokens(foldQuery(original));
  const typed = (start: number, length: number) => words.slice(start, start + length).join(' ');
  const result: UnderstoodQuery = {
    original,
    concepts: [],
    expanded: [],
    broader: {},
    dropped: [],
    withoutPlace: original,
  };

  for (const { words: phrase, place } of places) {
    const at = findPhrase(words, phrase);
    if (at < 0) continue;
    result.place = { ...place, typed: typed(at, phrase.length) };
    words.fill(null, at, at + phrase.length);
    // "near Erdington", "in Erdington", "around Erdington".
    for (let before = at - 1; before >= 0 && placeWords.has(words[before] ?? ''); before--) {
      result.dropped.push(words[before] ?? '');
      words[before] = null;
    }
    result.withoutPlace = words.filter((word) => word !== null).join(' ');
    break;
  }

  // Concepts keep the order they were typed in.
  const found: { at: number; concept: string }[] = [];
  for (const { words: phrase, term, broader } of groupWords) {
    for (let at = findPhrase(words, phrase); at >= 0; at = findPhrase(words, phrase, at + 1)) {
      const from = typed(at, phrase.length);
      const to = foldQuery(term);
      if (from !== to && !result.expanded.some((item) => item.from === from)) result.expanded.push({ from, to });
      // Searched as typed and as the term, each page scoring the sum: the term finds every page of the
      // group, and a page that uses the very words typed ("temporary accommodation") comes first.
      if (broader) result.broader[to] = foldQuery(broader);
      else if (from !== to) result.broader[from] = to;
      found.push({ at, concept: broader ? to : from });
      words.fill(null, at, at + phrase.length);
    }
  }

  for (const phrase of fillers) {
    for (let at = findPhrase(words, phrase); at >= 0; at = findPhrase(words, phrase, at)) {
      result.dropped.push(phrase.join(' '));
      words.fill(null, at, at + phrase.length);
    }
  }

  words.forEach((word, at) => {
    if (word !== null) found.push({ at, concept: word });
  });
  const concepts = found.sort((a, b) => a.at - b.at).map((item) => item.concept);
  result.concepts = [...new Set(concepts)];
  // A query of fillers alone ("help") is searched as typed; a place alone is searched by its name.
  if (result.concepts.length === 0) {
    result.dropped = [];
    if (result.place) result.concepts = [foldQuery(result.place.name)];
    else if (original !== '') result.concepts = [foldQuery(original)];
  }
  return result;
}

/** The text handed to Pagefind for a set of concepts. */
export const pagefindTerm = (concepts: readonly string[]): string => concepts.join(' ');
