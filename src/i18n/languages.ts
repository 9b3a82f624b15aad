/**
 * The interface languages, in the switcher's order. Everything about a language
 * (own-script name, direction, review status, strings, term labels) is in its
 * strings file (English's is below: its strings file holds the keys every language is typed by);
 * adding a language is that file plus its line here (README, "Adding a language").
 * English is the source and is served without a prefix; every other language lives under /<code>/.
 */
import { englishStrings } from './strings/en.ts';
import { urdu } from './strings/ur.ts';
import { arabic } from './strings/ar.ts';
import { bengali } from './strings/bn.ts';
import { polish } from './strings/pl.ts';
import { romanian } from './strings/ro.ts';
import type { LanguageDefinition, TermLabels } from './types.ts';
import { translatedTermLists } from './term-lists.ts';
import { area } from '../area.ts';

/** English term labels: the taxonomy's own, so they are written once. */
const englishTerms = Object.fromEntries(
  Object.entries(translatedTermLists).map(([list, terms]) => [
    list,
    Object.fromEntries(terms.map((term) => [term.value, term.label])),
  ]),
) as TermLabels;

export const english: LanguageDefinition = {
  code: 'en',
  htmlLang: 'en-GB',
  ownName: 'English',
  englishName: 'English',
  dir: 'ltr',
  // The source language: written by the partnership, nothing to review.
  review: { reviewed: true, reviewedBy: 'Source language', reviewedOn: '2026-12-06' },
  strings: englishStrings,
  terms: englishTerms,
};

export const defaultLanguage: LanguageDefinition = english;

/** Every language with a strings file, in the switcher's order. */
export const allLanguages: readonly LanguageDefinition[] = [english, urdu, arabic, bengali, polish, romanian];

/**
 * The languages this site builds: the area's `languages` setting (area/area.config.ts), else all.
 * Each one adds a copy of every translated page, so a fork may build fewer (docs/languages.md).
 */
export function builtLanguages(codes: readonly string[] | undefined): readonly LanguageDefinition[] {
  if (!codes) return allLanguages;
  const unknown = codes.filter((code) => !allLanguages.some((language) => language.code === code));
  if (unknown.length > 0) {
    throw new Error(
      `area.config.ts: languages ${unknown.join(', ')} have no strings file ` +
        `(known: ${allLanguages.map((language) => language.code).join(', ')})`,
    );
  }
  return allLanguages.filter((language) => language.code === english.code || codes.includes(language.code));
}

/**
 * SITE_LANGUAGES (comma-separated codes, e.g. "en") overrides the area's setting for one build:
 * the benchmark's `--languages en` (docs/benchmarks.md). Read where a Node process is (the build);
 * a browser bundle has none and keeps the area's setting.
 */
const languagesFromEnv = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env
  .SITE_LANGUAGES;

export const languages: readonly LanguageDefinition[] = builtLanguages(
  languagesFromEnv
    ? languagesFromEnv.split(',').map((code) => code.trim())
    : (area as { languages?: readonly string[] }).languages,
);

/** The languages with their own /<code>/ pages: all but the default. */
export const translatedLanguages: readonly LanguageDefinition[] = languages.filter(
  (language) => language.code !== defaultLanguage.code,
);

export function languageByCode(code: string | undefined): LanguageDefinition | undefined {
  return languages.find((language) => language.code === code);
}
