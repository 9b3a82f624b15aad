/**
 * The interface in the reader's language. In an Astro component:
 *
 *   const { t, term, path, language } = i18n(Astro.url);
 *   <a href={path('/services/')}>{t('nav.findHelp')}</a>
 *
 * The language comes from the URL (`/ur/...`), never from a cookie or the browser, so
 * every component on a page agrees without props. A missing string falls back to English.
 */
import { weekdays } from '../schemas/taxonomy.ts';
import type { Facet } from '../lib/directory/browse.ts';
import { defaultLanguage } from './languages.ts';
import { languageOfPath, localisedPath } from './routes.ts';
import { formatMessage, type Vars } from './format.ts';
import type { LanguageDefinition, StringKey, TermListName, TranslatedTermLists } from './types.ts';

/**
 * The option list behind each way of browsing the directory (src/lib/directory/browse.ts facets);
 * spoken languages are named in their own script and in English instead (LanguageName.astro).
 */
export const facetTermLists = {
  category: 'categories',
  need: 'specificNeeds',
  audience: 'audiences',
  age: 'ageBands',
  locality: 'serviceAreas',
  pathway: 'pfaPathways',
} as const satisfies Record<Exclude<Facet['key'], 'language'>, TermListName>;

export interface Translator {
  language: LanguageDefinition;
  /** True when the page is in the source language (English). */
  isDefault: boolean;
  /** An interface string, with `{name}` placeholders filled; plural messages choose by `vars.count`. */
  t: (key: StringKey, vars?: Vars) => string;
  /**
   * A string cut around the placeholders a component fills with markup: `parts('service.checkedBy')`
   * is `['', '{date}', ' by ', '{role}', '']`, so a template can put a <time> where `{date}` is.
   */
  parts: (key: StringKey, vars?: Vars) => string[];
  /** The label of an option-list value (a category, a cost type...), or the value when unknown. */
  term: <List extends TermListName>(list: List, value: string) => string;
  /** Labels of several values. */
  terms: <List extends TermListName>(list: List, values: readonly string[]) => string[];
  /**
   * The `lang` of a value's label when it is the English one on a translated page (a locality's
   * name, which the area's settings write once), so the page can mark it; otherwise undefined.
   */
  termLang: <List extends TermListName>(list: List, value: string) => string | undefined;
  /**
   * Labels of several values joined the language's way ("A, B and C"), as parts: each label with
   * its `termLang`, and the words between them (`lang` undefined), for a template to mark.
   */
  labelParts: <List extends TermListName>(
    list: List,
    values: readonly string[],
  ) => { text: string; lang: string | undefined }[];
  /** A site path as a link in this language (base and language prefix added when the page is translated). */
  path: (sitePath: string) => string;
  /** A date written the language's way ("6 December 2026"). */
  formatDate: (date: Date) => string;
  /** "11 to 25 years", "Up to 4 years", "16 years and over", "All ages", in this language. */
  ages: (range: { minimumAge?: number | undefined; maximumAge?: number | undefined }) => string;
  /** Weekdays as "Monday to Friday" when consecutive, otherwise a list. */
  days: (values: readonly string[]) => string;
  /** A list of labels joined the language's way. */
  list: (items: readonly string[]) => string;
  /**
   * The `lang` of text written in English (names, summaries, descriptions) on this page:
   * undefined on English pages (the page's own), the source language's tag elsewhere.
   */
  sourceLang: string | undefined;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function translator(language: LanguageDefinition): Translator {
  const t = (key: StringKey, vars?: Vars): string => {
    return formatMessage(language.strings[key] ?? defaultLanguage.strings[key], language.code, vars);
  };
  const term = <List extends TermListName>(list: List, value: string): string => {
    const labels = language.terms[list] as Readonly<Record<string, string>>;
    const english = defaultLanguage.terms[list] as Readonly<Record<string, string>>;
    return labels[value] ?? english[value] ?? value;
  };
  let dateFormat = dateFormats.get(language.htmlLang);
  if (!dateFormat) {
    dateFormat = new Intl.DateTimeFormat(language.htmlLang, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(language.htmlLang, dateFormat);
  }
  const format = dateFormat;
  // Listings share a few hundred review dates: each is written once per language.
  const dates = new Map<number, string>();
  const formatDate = (date: Date): string => {
    const time = date.getTime();
    let written = dates.get(time);
    if (written === undefined) {
      written = format.format(date);
      dates.set(time, written);
    }
    return written;
  };
  const listFormat = new Intl.ListFormat(language.htmlLang, { style: 'short', type: 'unit' });
  // Not kept like the dates and ages: lists of a listing's own labels are as many as the listings.
  const list = (items: readonly string[]): string => listFormat.format(items);
  const termLang = <List extends TermListName>(listName: List, value: string): string | undefined =>
    language.code === defaultLanguage.code ||
    (language.terms[listName] as Readonly<Record<string, string>>)[value] !== undefined
      ? undefined
      : defaultLanguage.htmlLang;
  const ageRanges = new Map<string, string>();
  const ages = ({ minimumAge, maximumAge }: { minimumAge?: number | undefined; maximumAge?: number | undefined }) => {
    const key = `${String(minimumAge)}-${String(maximumAge)}`;
    let label = ageRanges.get(key);
    if (label === undefined) {
      if (minimumAge === undefined && maximumAge === undefined) label = t('ages.all');
      else if (minimumAge === undefined || minimumAge === 0) label = t('ages.upTo', { max: maximumAge ?? 25 });
      else if (maximumAge === undefined) label = t('ages.andOver', { min: minimumAge });
      else label = t('ages.range', { min: minimumAge, max: maximumAge });
      ageRanges.set(key, label);
    }
    return label;
  };
  const days = (values: readonly string[]): string => {
    const order: readonly string[] = weekdays.map((day) => day.value);
    const sorted = [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const indexes = sorted.map((day) => order.indexOf(day));
    const consecutive = indexes.every((value, i) => i === 0 || value === (indexes[i - 1] ?? -2) + 1);
    const labels = sorted.map((day) => term('weekdays', day));
    if (labels.length > 2 && consecutive) {
      return t('days.range', { first: labels[0] ?? '', last: labels[labels.length - 1] ?? '' });
    }
    return list(labels);
  };
  return {
    language,
    isDefault: language.code === defaultLanguage.code,
    t,
    parts: (key, vars) => t(key, vars).split(/(\{\w+\})/),
    term,
    terms: (list, values) => values.map((value) => term(list, value)),
    termLang,
    labelParts: (listName, values) =>
      listFormat.formatToParts(values.map((value) => term(listName, value))).map((part, index, parts) => {
        if (part.type === 'literal') return { text: part.value, lang: undefined };
        // The n-th element is the n-th value.
        const value = values[parts.slice(0, index).filter((before) => before.type === 'element').length] ?? '';
        return { text: part.value, lang: termLang(listName, value) };
      }),
    path: (sitePath) => localisedPath(sitePath, language.code),
    formatDate,
    ages,
    days,
    list,
    sourceLang: language.code === defaultLanguage.code ? undefined : defaultLanguage.htmlLang,
  };
}

const translators = new Map<string, Translator>();
// Every component of a page asks with the page's own URL object (Astro.url): its language is read once per page.
const byUrl = new WeakMap<URL, { pathname: string; translator: Translator }>();

/** The translator for the page at `url` (pass `Astro.url`). */
export function i18n(url: URL | string): Translator {
  const pathname = typeof url === 'string' ? url : url.pathname;
  const known = typeof url === 'string' ? undefined : byUrl.get(url);
  if (known?.pathname === pathname) return known.translator;
  const language = languageOfPath(pathname);
  let cached = translators.get(language.code);
  if (!cached) {
    cached = translator(language);
    translators.set(language.code, cached);
  }
  if (typeof url !== 'string') byUrl.set(url, { pathname, translator: cached });
  return cached;
}

export type { LanguageDefinition, StringKey, TermListName, TranslatedTermLists, Vars };
