/**
 * Content translations in the CMS through Decap's own i18n (structure `single_file`): the editor
 * shows a translated collection's entry side by side in each language, and Decap reads and writes
 * the entry as one object per locale (`{ en: {...}, ur: {...} }`). Decap cannot write the files'
 * shape itself (English fields at the top, other languages under `translations.<code>`), so this
 * format, registered with CMS.registerCustomFormat, converts between the two: English files stay
 * exactly as they are, and the zod schemas and the content loader read every file unchanged.
 * Which fields a language can translate comes from src/schemas/translations.ts, as for the site.
 */
import { parseMarkdownAsDecap, serialiseMarkdown } from '../lib/content/front-matter.ts';
import { contentLanguages, translatedFields } from '../schemas/translations.ts';

/** The collection `format` name the format is registered under. */
export const translationsFormat = 'frontmatter-translations';
/** The language the files are written in: Decap's `default_locale`. */
export const sourceLocale = 'en';
/** Decap's `locales`: the source language first, then every content language. */
export const contentLocales: readonly string[] = [sourceLocale, ...contentLanguages];

const translatable = new Set<string>(Object.values(translatedFields).flat());

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A file as Decap's i18n reads it: the English entry (body included) and each language's own
 * fields. Every language gets an object, empty when the file has no translation in it: Decap
 * 3.x leaves a language without one out of the loaded entry, then fails on it when saving
 * (`serializeI18n` reads `i18n.<code>.data` of every locale), in a promise nobody catches, so
 * the save silently never happens (decaporg/decap-cms#4480, #6353). A new entry has them all.
 */
export function fromFile(text: string): Record<string, unknown> {
  const { data, body } = parseMarkdownAsDecap(text);
  const { translations, ...english } = data;
  const byLocale: Record<string, unknown> = { [sourceLocale]: { ...english, body } };
  for (const code of contentLanguages) {
    const own = isRecord(translations) ? translations[code] : undefined;
    byLocale[code] = isRecord(own) ? own : {};
  }
  return byLocale;
}

/**
 * The file Decap's i18n saves, in the files' own shape: the English entry at the top level,
 * each language's non-empty translated fields under `translations.<code>` (an emptied field
 * falls back to English on the site, so it is not written), fields in the form's order.
 */
export function toFile(data: Record<string, unknown>, sortedKeys: readonly string[] = []): string {
  const { body = '', ...english } = isRecord(data[sourceLocale]) ? data[sourceLocale] : {};
  const translations: Record<string, Record<string, string>> = {};
  for (const code of contentLanguages) {
    const own = data[code];
    if (!isRecord(own)) continue;
    const kept = Object.entries(own).filter(
      (entry): entry is [string, string] =>
        translatable.has(entry[0]) && typeof entry[1] === 'string' && entry[1].trim() !== '',
    );
    if (kept.length > 0) translations[code] = Object.fromEntries(kept);
  }
  const fields = Object.keys(translations).length > 0 ? { ...english, translations } : english;
  return serialiseMarkdown(fields, typeof body === 'string' ? body : '', sortedKeys);
}
