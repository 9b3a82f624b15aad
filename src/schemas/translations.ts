/**
 * Content translations: a listing's, guide's, page's or glossary entry's own words in
 * another language, kept in the same file under `translations.<code>` so a listing stays
 * one file (the CMS edits them beside the English: docs/cms.md); a language's pages show
 * a translated field where there is one, and the English, marked `lang="en"`, where not.
 */
import { z } from 'astro/zod';
import { optionalText } from './common.ts';

/**
 * The languages content can be translated into: the interface languages other than English
 * (issue 22). Adding an interface language adds its code here too.
 */
export const contentLanguages = ['ur', 'ar', 'bn', 'pl', 'ro'] as const;
export type ContentLanguage = (typeof contentLanguages)[number];

/** The fields a collection translates, each optional: an untranslated field falls back to English. */
export const translatedFields = {
  services: ['summary', 'applicationProcess', 'body'],
  guides: ['title', 'summary', 'body'],
  pages: ['title', 'summary', 'body'],
  glossary: ['summary', 'body'],
} as const;

export type TranslatedCollection = keyof typeof translatedFields;

const translatedText = optionalText;

/** `translations` for a collection: one optional object per language with that collection's fields. */
export function translationsFor<C extends TranslatedCollection>(collection: C) {
  const fields = Object.fromEntries(translatedFields[collection].map((field) => [field, translatedText])) as Record<
    (typeof translatedFields)[C][number],
    typeof translatedText
  >;
  const one = z.object(fields).strict().optional();
  const perLanguage = Object.fromEntries(contentLanguages.map((code) => [code, one])) as Record<
    ContentLanguage,
    typeof one
  >;
  return z.object(perLanguage).strict().default({});
}

export type Translations = Partial<Record<ContentLanguage, Partial<Record<string, string>>>>;
