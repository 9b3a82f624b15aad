/**
 * "Did you mean ...?" from the site's own words. The build writes every word of
 * the indexed pages with the number of pages that use it, one small file per
 * first letter (vocabulary.ts); the search page fetches the file of a typed
 * word's first letter only when it needs it, and corrects a word that no page
 * uses to the closest word that pages do use (edit distance, then how common).
 */

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How far a word may be from its correction: short words must be close. */
export const allowedDistance = (word: string): number => (word.length <= 4 ? 1 : 2);

/**
 * A word is only checked when it is letters only, long enough to misspell, and in the Latin
 * script of the vocabulary (the listings' English): an Urdu or Bengali word is no misspelling.
 */
export const checkable = (word: string): boolean => word.length >= 4 && /^\p{Script=Latin}+$/u.test(word);

/** One vocabulary file: the words with a first letter, and the number of pages that use each. */
export type VocabularyFile = [word: string, pages: number][];

/** The file a word's vocabulary is in: its first letter, or "_" for a word that starts otherwise. */
export function vocabularyKey(word: string): string {
  const first = word.normalize('NFD').charAt(0).toLowerCase();
  return /^[a-z]$/.test(first) ? first : '_';
}

/** The closest word of `vocabulary` to an unknown `word`, or undefined when none is close enough. */
export function closestWord(word: string, vocabulary: ReadonlyMap<string, number>): string | undefined {
  const limit = allowedDistance(word);
  let best: { word: string; distance: number; pages: number } | undefined;
  for (const [candidate, pages] of vocabulary) {
    if (candidate.length < 3) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance > limit) continue;
    if (!best || distance < best.distance || (distance === best.distance && pages > best.pages)) {
      best = { word: candidate, distance, pages };
    }
  }
  return best?.word;
}

/** Where the search page gets a language's vocabulary files from. */
export type VocabularyLoader = (key: string) => Promise<ReadonlyMap<string, number>>;

/** A loader that fetches `${root}${key}.json` once per key (a missing file is an empty vocabulary). */
export function fetchVocabulary(root: string): VocabularyLoader {
  const loads = new Map<string, Promise<ReadonlyMap<string, number>>>();
  return (key) => {
    let load = loads.get(key);
    if (!load) {
      load = (async () => {
        const response = await fetch(`${root}${key}.json`);
        if (!response.ok) return new Map<string, number>();
        return new Map((await response.json()) as VocabularyFile);
      })();
      load.catch(() => loads.delete(key));
      loads.set(key, load);
    }
    return load;
  };
}

/**
 * The corrections of the words of `concepts` that no page uses: `{ "autisim": "autism" }`.
 * Words in `known` (the lexicon's own words) are never corrected.
 */
export async function corrections(
  concepts: readonly string[],
  load: VocabularyLoader,
  known: ReadonlySet<string> = new Set(),
): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const words = [...new Set(concepts.flatMap((concept) => concept.split(' ')))].filter(
    (word) => checkable(word) && !known.has(word),
  );
  await Promise.all(
    words.map(async (word) => {
      const vocabulary = await load(vocabularyKey(word));
      if (vocabulary.has(word)) return;
      const closest = closestWord(word, vocabulary);
      if (closest) result.set(word, closest);
    }),
  );
  return result;
}
