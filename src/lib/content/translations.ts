/**
 * A listing's (guide's, page's) own words in the page's language: the translation where
 * there is one, otherwise the English, marked so the page says which language it is in.
 * The language comes from the URL (`/ur/...`), as the interface's does.
 */
import { contentLanguages, type ContentLanguage, type Translations } from '../../schemas/translations.ts';

/** The content language of a page path (`/ur/services/kooth/` -> "ur"), or undefined for English. */
export function contentLanguageOfPath(pathname: string, base = '/'): ContentLanguage | undefined {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const first = rest.replace(/^\//, '').split('/')[0] ?? '';
  return (contentLanguages as readonly string[]).includes(first) ? (first as ContentLanguage) : undefined;
}

export interface LocalText {
  text: string;
  /**
   * The `lang` to put on the text's element when it differs from the page's: "en" for English
   * on a translated page; undefined when the text is in the page's own language.
   */
  lang: 'en' | undefined;
  translated: boolean;
}

/** One field in the page's language, or in English (marked) when it has no translation. */
export function localText(
  data: { translations?: Translations | undefined },
  field: string,
  english: string,
  language: ContentLanguage | undefined,
): LocalText {
  if (language === undefined) return { text: english, lang: undefined, translated: false };
  const translation = data.translations?.[language]?.[field];
  if (translation !== undefined && translation.trim() !== '') return { text: translation, lang: undefined, translated: true };
  return { text: english, lang: 'en', translated: false };
}
