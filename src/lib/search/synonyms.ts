/**
 * Synonym expansion for the search index: given a page's text and the synonym
 * groups (content/search/synonyms.yaml), the extra words to index with it.
 * Pure, so it is unit-tested and shared by the build and the tests.
 */
import type { SynonymGroup } from '../../schemas/synonyms.ts';

/** A word written in capitals (an abbreviation such as "SEND") only matches in capitals. */
export function isAbbreviation(word: string): boolean {
  return /\p{Lu}/u.test(word) && word === word.toUpperCase();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` contains `word` as a whole word or phrase (any spacing, typographic apostrophes allowed). */
export function containsTerm(text: string, word: string): boolean {
  return termPattern(word).test(text);
}

// Every page is tested against every synonym: compile each word's pattern once per build.
const patterns = new Map<string, RegExp>();

function termPattern(word: string): RegExp {
  let regExp = patterns.get(word);
  if (!regExp) {
    const pattern = escapeRegExp(word.trim()).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
    const flags = isAbbreviation(word) ? 'u' : 'iu';
    regExp = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${pattern}(?![\\p{L}\\p{M}\\p{N}])`, flags);
    patterns.set(word, regExp);
  }
  return regExp;
}

/** Lower case, one kind of apostrophe, single spaces: what the word patterns ignore. */
const fold = (text: string) => text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');

const foldedWords = new Map<string, string>();

function foldedWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = fold(word.trim());
    foldedWords.set(word, folded);
  }
  return folded;
}

/**
 * The words of every group that `text` matches, minus the words it matches
 * already (they are indexed anyway), with the group's related words. Sorted and
 * without duplicates. A group's related words find its pages but match nothing.
 */
export function synonymsFor(text: string, groups: readonly SynonymGroup[]): string[] {
  const extra = new Set<string>();
  // Most words are on no given page: a plain substring test of a folded copy rules them out
  // before the (slower) whole-word pattern runs; it never rules out a word the pattern finds.
  const folded = fold(text);
  for (const group of groups) {
    const words = [group.term, ...group.alternatives];
    const present = words.filter((word) => folded.includes(foldedWord(word)) && containsTerm(text, word));
    if (present.length === 0) continue;
    for (const word of [...words, ...(group.related ?? [])]) {
      if (!present.includes(word)) extra.add(word);
    }
  }
  return [...extra].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
