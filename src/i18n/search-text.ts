/**
 * The words of the search island (src/components/search/SearchApp.tsx): the `searchApp.*`
 * strings of one language, passed to it as a prop so that its bundle holds no language.
 */
import type { LanguageDefinition, Message, StringKey } from './types.ts';

export type SearchTextKey = Extract<StringKey, `searchApp.${string}`>;
export type SearchText = Readonly<Record<SearchTextKey, Message>>;

export function searchTextOf(language: LanguageDefinition): SearchText {
  return Object.fromEntries(
    Object.entries(language.strings).filter(([key]) => key.startsWith('searchApp.')),
  ) as SearchText;
}
