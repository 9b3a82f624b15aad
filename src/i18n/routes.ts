/**
 * Where a page lives in each language. English pages keep their paths (`/services/`);
 * a translated page is the same path under the language's code (`/ur/services/`). Only
 * the page types listed in `translatedRoutes` are built per language: every other link
 * from a translated page goes to the English page.
 */
import { defaultLanguage, languageByCode, languages, translatedLanguages } from './languages.ts';
import type { GetStaticPaths, GetStaticPathsOptions, GetStaticPathsResult } from 'astro';
import type { LanguageDefinition } from './types.ts';
import { buildsYoungSite } from '../lib/urls.ts';

/**
 * Site paths (without base or language) that have a page in every language: exact paths
 * end with `/`, a trailing `*` takes everything under it. Keep in step with src/pages/[lang]/.
 */
export const translatedRoutes: readonly string[] = [
  '/',
  '/urgent-help/',
  '/services/*',
  '/search/',
  '/grants/*',
  '/guides/*',
  '/localities/*',
  '/glossary/',
  '/autism/',
  '/mental-health/',
  '/preparing-for-adulthood/',
  '/organisations/*',
  '/my-list/',
  '/map/',
];

function baseUrl(): string {
  return (import.meta.env.BASE_URL ?? '/').replace(/\/$/, '');
}

/** True when `path` (a site path without base or language) has a page in every language. */
export function isTranslatedPath(path: string): boolean {
  const clean = path.split(/[?#]/)[0] ?? path;
  return translatedRoutes.some((route) =>
    route.endsWith('*') ? clean.startsWith(route.slice(0, -1)) : clean === route,
  );
}

/** The language of a page from its URL path (`/ur/services/x/` is Urdu; no prefix is English). */
export function languageOfPath(pathname: string): LanguageDefinition {
  const base = baseUrl();
  const path = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const first = path.split('/')[1];
  const language = languageByCode(first);
  return language && language.code !== defaultLanguage.code ? language : defaultLanguage;
}

/** The site path of a page without base and language prefix: `/ur/services/x/` gives `/services/x/`. */
export function pathWithoutLanguage(pathname: string): string {
  const base = baseUrl();
  const path = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const language = languageOfPath(path);
  if (language.code === defaultLanguage.code) return path || '/';
  return path.slice(language.code.length + 1) || '/';
}

/**
 * A site path as a link in a language: base added, and the language prefix when the page
 * exists in that language (`localisedPath('/services/', 'ur')` is `/ur/services/`).
 */
export function localisedPath(path: string, code: string): string {
  const sitePath = path.startsWith('/') ? path : `/${path}`;
  const prefix = code !== defaultLanguage.code && isTranslatedPath(sitePath) ? `/${code}` : '';
  return `${baseUrl()}${prefix}${sitePath}`;
}

export interface Alternate {
  language: LanguageDefinition;
  /** Path with base, for links and hreflang. */
  href: string;
}

/**
 * The same page in every language that has it, for the switcher and hreflang. A page
 * that is English only has no alternates, nor has any page of the young people's sister
 * site: its articles are written in English by young editors and it builds no /<code>/ pages.
 */
export function alternatesOf(pathname: string): Alternate[] {
  if (buildsYoungSite) return [];
  const path = pathWithoutLanguage(pathname);
  if (!isTranslatedPath(path)) return [];
  return languages.map((language) => ({ language, href: localisedPath(path, language.code) }));
}

/** `getStaticPaths` params for the translated copies of a page: one per language but English. */
export function languageParams(): { params: { lang: string } }[] {
  return translatedLanguages.map((language) => ({ params: { lang: language.code } }));
}

type PathsFunction = (options: GetStaticPathsOptions) => GetStaticPathsResult | Promise<GetStaticPathsResult>;

/**
 * The `getStaticPaths` of an English page, for its copy under src/pages/[lang]/: every path
 * once per translated language, with the same props (computed once, shared by all languages).
 */
export function perLanguage(englishPaths: PathsFunction): GetStaticPaths {
  return async (options) => {
    const paths = await englishPaths(options);
    return translatedLanguages.flatMap((language) =>
      paths.map((path) => ({ ...path, params: { ...path.params, lang: language.code } })),
    );
  };
}

/**
 * As perLanguage, for a page that paginates: Astro's `paginate` must see the `lang` param
 * to write each page's URL, so the English paths are made once per language.
 */
export function perLanguagePaginated(englishPaths: PathsFunction): GetStaticPaths {
  return async (options) => {
    const perLanguagePaths = await Promise.all(
      translatedLanguages.map((language) =>
        englishPaths({
          ...options,
          // Astro types `paginate` by its own params; the `lang` added here is the wrapper route's.
          paginate: ((data, args) =>
            options.paginate(data, {
              ...args,
              params: { ...args?.params, lang: language.code },
            })) as GetStaticPathsOptions['paginate'],
        }),
      ),
    );
    return perLanguagePaths.flat();
  };
}
