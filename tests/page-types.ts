/**
 * Every kind of page the site builds, as a table: which built files belong to it,
 * whether it must exist, and the budgets it must meet. The build tests check that
 * every file in dist/ belongs to exactly one type (so a new kind of page cannot slip
 * past the gates), and the browser tests run axe on one page of each type present.
 *
 * Every type must be built, unless it says why a build may lack it (`optional`): a
 * page type that stops being built fails the gates instead of printing a notice.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../src/site.config.ts';
import { defaultLanguage, translatedLanguages } from '../src/i18n/languages.ts';

/** The budgets a type of page must meet; figures and reasons in docs/benchmarks.md. */
export interface Budgets {
  /** Most bytes of HTML per page, uncompressed. */
  htmlBytes: number;
  /** Most bytes of HTML per page, gzip -9. */
  htmlGzipBytes: number;
  /** Most bytes of CSS per page: linked stylesheets plus inline <style>. */
  cssBytes: number;
  /** Most bytes of JavaScript per page (inline plus external), or undefined for no limit (islands). */
  jsBytes: number | undefined;
  /** Whether external scripts (<script src>, module preloads) are allowed. */
  externalScripts: boolean;
  /** Most bytes a first visit downloads: gzipped HTML, CSS and JS, plus images. */
  transferBytes: number;
}

export interface PageType {
  name: string;
  /** Matches the page's file path relative to dist/ (e.g. "services/kooth/index.html"). */
  pattern: RegExp;
  /** Why a build may have no page of this type; without it, the gates fail when none is built. */
  optional?: string;
  /** The preferred sample page's path, when the first match in sorted order is not a good one. */
  prefer?: () => string | undefined;
  /** Skip the axe run, and why (an admin app that is not a public page). */
  skipAxe?: string;
  budgets: Budgets;
}

/**
 * Static pages (listing, service, grant, locality...): no island, only tiny enhancements
 * from this site (the quick exit and the "Save to my list" button, about 2.6 KB together,
 * same-origin files). The target: HTML under 7 KB gzipped, 50 KB transferred in all.
 */
const staticPage: Budgets = {
  htmlBytes: 60 * 1024,
  htmlGzipBytes: 7 * 1024,
  cssBytes: 20 * 1024,
  jsBytes: 4 * 1024,
  externalScripts: true,
  transferBytes: 50 * 1024,
};
/** Static pages that carry more prose (guides, hubs, statements): a looser HTML budget. */
const proseStaticPage: Budgets = { ...staticPage, htmlBytes: 100 * 1024, htmlGzipBytes: 20 * 1024 };
/** Pages built around an island (search, map): JavaScript allowed, measured by the bench. */
const islandPage: Budgets = {
  htmlBytes: 100 * 1024,
  htmlGzipBytes: 20 * 1024,
  cssBytes: 40 * 1024,
  jsBytes: undefined,
  externalScripts: true,
  // A ceiling against accidents (a whole library on the page); the bench reports the real figure.
  transferBytes: 400 * 1024,
};

/** The first entry of a collection that has a built page under `prefix`, e.g. the first service. */
function firstEntryPage(collection: string, prefix: string): () => string | undefined {
  return () => {
    let files: string[];
    try {
      // The content the site was built from: CONTENT_DIR for synthetic builds (read late: the bench sets it).
      files = readdirSync(join(process.env.CONTENT_DIR ?? 'content', collection)).filter((file) =>
        file.endsWith('.md'),
      );
    } catch {
      return undefined;
    }
    const ids = files.map((file) => file.replace(/\.md$/, '').toLowerCase()).sort();
    return ids.length > 0 ? `${prefix}${String(ids[0])}/index.html` : undefined;
  };
}

/** In order: the first type whose pattern matches a file is that file's type. */
export const pageTypes: PageType[] = [
  { name: 'home', pattern: /^index\.html$/, budgets: proseStaticPage },
  { name: '404', pattern: /^404(\/index)?\.html$/, budgets: proseStaticPage },
  { name: 'directory', pattern: /^services\/index\.html$/, budgets: staticPage },
  // Paged and filtered lists: /services/all/2/, /services/category/autism-adhd/.
  { name: 'directory page', pattern: /^services\/(all|[^/]+\/[^/]+)(\/\d+)?\/index\.html$/, budgets: staticPage },
  {
    name: 'service',
    pattern: /^services\/[^/]+\/index\.html$/,

    prefer: firstEntryPage('services', 'services/'),
    budgets: staticPage,
  },
  { name: 'organisations', pattern: /^organisations\/(\d+\/)?index\.html$/, budgets: staticPage },
  {
    name: 'organisation',
    pattern: /^organisations\/[^/]+\/index\.html$/,
    prefer: firstEntryPage('organisations', 'organisations/'),
    budgets: staticPage,
  },
  {
    name: 'localities',
    pattern: /^localities\/index\.html$/,
    // The city map is an image file (/localities/map.svg, counted in the transfer), not inline SVG: issue 4's 7 KB.
    budgets: { ...staticPage, htmlGzipBytes: 7 * 1024 },
  },
  {
    name: 'locality',
    pattern: /^localities\/[^/]+\/index\.html$/,
    prefer: firstEntryPage('localities', 'localities/'),
    // Its map is an image file (/localities/<id>/map.svg) and its lists stop at ten with a link to
    // the paged browse list (src/lib/directory/section-limits.ts), so the page does not grow with the
    // directory: issue 4's 7 KB gzip.
    budgets: { ...staticPage, htmlGzipBytes: 7 * 1024 },
  },
  { name: 'grants', pattern: /^grants\/index\.html$/, budgets: staticPage },
  {
    name: 'grant',
    pattern: /^grants\/[^/]+\/index\.html$/,
    prefer: firstEntryPage('grants', 'grants/'),
    budgets: staticPage,
  },
  { name: 'hub', pattern: /^(autism|mental-health|preparing-for-adulthood)\/index\.html$/, budgets: proseStaticPage },
  { name: 'professionals', pattern: /^professionals\/(.+\/)?index\.html$/, budgets: proseStaticPage },
  { name: 'guides', pattern: /^guides\/index\.html$/, budgets: proseStaticPage },
  { name: 'guide', pattern: /^guides\/.+\/index\.html$/, budgets: proseStaticPage },
  // Plain words (issue 22b): every glossary entry on one page, so a term's link is a #fragment.
  { name: 'glossary', pattern: /^glossary\/index\.html$/, budgets: proseStaticPage },
  { name: 'vision', pattern: /^young-people\/vision\/index\.html$/, budgets: proseStaticPage },
  { name: 'young people', pattern: /^young-people\/index\.html$/, budgets: proseStaticPage },
  { name: 'article', pattern: /^young-people\/articles\/.+\/index\.html$/, budgets: proseStaticPage },
  { name: 'topic', pattern: /^young-people\/topics\/(.+\/)?index\.html$/, budgets: proseStaticPage },
  // The site's own statements: each is its own type, since each is a page people are sent to.
  ...['about', 'accessibility', 'privacy', 'urgent-help', 'you-said-we-did', 'staying-safe-online'].map(
    (name): PageType => ({
      name,
      pattern: new RegExp(`^${name}/index\\.html$`),
      budgets: proseStaticPage,
    }),
  ),
  { name: 'open data', pattern: /^data\/(.+\/)?index\.html$/, budgets: proseStaticPage },
  { name: 'search', pattern: /^search\/index\.html$/, budgets: islandPage },
  // The saved list lives in the browser (localStorage): the page is its script.
  { name: 'my list', pattern: /^my-list\/index\.html$/, budgets: islandPage },
  { name: 'map', pattern: /^map\/index\.html$/, budgets: islandPage },
  {
    name: 'admin',
    pattern: /^(admin|young-editors)\/.*\.html$/,
    optional: 'a build with CMS_ADMIN=off leaves the CMS admins out',
    skipAxe: 'the Decap CMS editor is a third-party app for staff, not a public page',
    budgets: {
      ...islandPage,
      htmlBytes: 1_000_000,
      htmlGzipBytes: 1_000_000,
      cssBytes: 1_000_000,
      transferBytes: 20_000_000,
    },
  },
];

/** The interface language of a built file: its first folder when that is a translated language's code (`ur/...`). */
export function languageOfFile(file: string): string {
  const first = file.split('/')[0] ?? '';
  return translatedLanguages.some((language) => language.code === first) ? first : defaultLanguage.code;
}

/** A built file's path without its language folder: "ur/services/kooth/index.html" -> "services/kooth/index.html". */
export function withoutLanguage(file: string): string {
  const language = languageOfFile(file);
  return language === defaultLanguage.code ? file : file.slice(language.length + 1);
}

/**
 * The type of a built HTML file (path relative to dist/), or undefined when no type claims it.
 * A translated copy (`ur/services/kooth/index.html`) is of its English page's type, with the same budgets:
 * Urdu's two-byte letters and the unreviewed-translation notice get no allowance.
 */
export function pageTypeOf(file: string, types: readonly PageType[] = pageTypes): PageType | undefined {
  const path = withoutLanguage(file);
  return types.find((type) => type.pattern.test(path));
}

export interface PageTypeSample {
  type: PageType;
  /** The sample page's file, relative to dist/, or undefined when no page of the type is built. */
  file: string | undefined;
  /** Every built file of this type. */
  files: string[];
}

/** One sample page per type, from the sorted list of built HTML files, in one interface language (English by default). */
export function samplePages(
  builtFiles: readonly string[],
  types: readonly PageType[] = pageTypes,
  language: string = defaultLanguage.code,
): PageTypeSample[] {
  const sorted = [...builtFiles]
    .map((file) => file.split('\\').join('/'))
    .filter((file) => languageOfFile(file) === language)
    .sort();
  const prefix = language === defaultLanguage.code ? '' : `${language}/`;
  return types.map((type) => {
    const files = sorted.filter((file) => pageTypeOf(file, types) === type);
    const englishPreferred = type.prefer?.();
    const preferred = englishPreferred === undefined ? undefined : `${prefix}${englishPreferred}`;
    const file = preferred !== undefined && files.includes(preferred) ? preferred : files[0];
    return { type, file, files };
  });
}

/** The URL path of a built file: "services/kooth/index.html" -> "/services/kooth/". */
export function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The young people's sister site (`npm run build:young`, dist-young/): its own pages, same budgets. */
export const youngPageTypes: PageType[] = [
  { name: 'home', pattern: /^index\.html$/, budgets: proseStaticPage },
  { name: '404', pattern: /^404(\/index)?\.html$/, budgets: proseStaticPage },
  { name: 'article', pattern: /^articles\/.+\/index\.html$/, budgets: proseStaticPage },
  { name: 'topic', pattern: /^topics\/(.+\/)?index\.html$/, budgets: proseStaticPage },
  { name: 'vision', pattern: /^vision\/index\.html$/, budgets: proseStaticPage },
  { name: 'search', pattern: /^search\/index\.html$/, budgets: islandPage },
];

export interface BuiltSite {
  name: string;
  /** The build output folder. */
  dir: string;
  /** The public origin its absolute links use. */
  origin: string;
  types: PageType[];
}

/**
 * The sites the build makes. The Local Offer is always there (the tests ask for a
 * build); the young people's site is checked whenever dist-young/ has been built.
 */
export function builtSites(): BuiltSite[] {
  const main: BuiltSite = {
    name: 'Local Offer',
    dir: process.env.DIST_DIR ?? 'dist',
    origin: new URL(siteConfig.siteUrl).origin,
    types: pageTypes,
  };
  const young: BuiltSite = {
    name: 'young people’s site',
    dir: process.env.YOUNG_DIST_DIR ?? 'dist-young',
    origin: new URL(siteConfig.youngSite.siteUrl).origin,
    types: youngPageTypes,
  };
  return [main, ...(existsSync(join(young.dir, 'index.html')) ? [young] : [])];
}

/** Every HTML file of a built site, relative to its folder, with "/" separators. */
export function htmlFilesOf(site: BuiltSite): string[] {
  return readdirSync(site.dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'));
}
