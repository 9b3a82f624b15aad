/**
 * The sitemap (@astrojs/sitemap), without the pages search engines should not
 * list: the CMS under /admin/ and every page built with
 * <meta name="robots" content="noindex"> (BaseLayout's `noindex` prop). The
 * built HTML is read, so a new noindex page is left out without a list to keep.
 * Pages built in every interface language carry hreflang alternates (src/i18n/).
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLanguage, languages } from '../i18n/languages.ts';
import { headOf } from './security-headers.ts';

const noindexMeta = /<meta\s+name=["']?robots["']?\s+content=["'][^"']*noindex/i;

/** True for a built page that asks not to be indexed. */
export function isNoindexHtml(html: string): boolean {
  return noindexMeta.test(html);
}

export function sitemapWithoutNoindex(): AstroIntegration[] {
  let outDir = 'dist';
  let base = '/';
  const capture: AstroIntegration = {
    name: 'local-offer:sitemap-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
    },
  };
  const filter = (page: string): boolean => {
    const path = new URL(page).pathname;
    const relativePath = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
    if (/^\/?admin(\/|$)/.test(relativePath)) return false;
    const file = join(outDir, relativePath, relativePath.endsWith('.html') ? '' : 'index.html');
    // The robots meta tag is in the head: reading only that is a few KB of each of thousands of pages.
    return !(existsSync(file) && isNoindexHtml(headOf(file)));
  };
  // Each page built in several languages lists them all as xhtml:link alternates (hreflang);
  // the sitemap reads the language from the first path segment, English having none.
  const i18n = {
    defaultLocale: defaultLanguage.code,
    locales: Object.fromEntries(languages.map((language) => [language.code, language.htmlLang])),
  };
  return [capture, sitemap({ filter, i18n })];
}
