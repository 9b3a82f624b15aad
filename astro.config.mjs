// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/integrations/content-check.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { mapHydration } from './src/integrations/map-hydration.ts';
import { reviewSummary } from './src/integrations/review-summary.ts';
import { safeRehypePlugins } from './src/lib/content/markdown.ts';
import { readGlossaryTerms } from './src/lib/content/glossary.ts';
import { cspDirectives, scriptSources, styleSources } from './src/lib/csp.ts';
import { siteConfig } from './src/site.config.ts';
import { sitemapWithoutNoindex } from './src/integrations/sitemap.ts';
import { buildSearchIndex } from './src/integrations/pagefind.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';
import { orukRecords } from './src/integrations/oruk-records.ts';
import { placeholderCheck } from './src/integrations/placeholder-check.ts';

/**
 * SITE_VARIANT=young builds the young people's sister site (`npm run build:young`):
 * the same content and components, with its own pages (src/young-site/pages),
 * base URL and output folder.
 */
const young = process.env.SITE_VARIANT === 'young';
const site = young
  ? (process.env.YOUNG_SITE_URL ?? 'https://young.localoffer.example.org')
  : (process.env.SITE_URL ?? 'https://localoffer.example.org');

export default defineConfig({
  output: 'static',
  site,
  srcDir: young ? './src/young-site' : './src',
  outDir: young ? './dist-young' : './dist',
  trailingSlash: 'ignore',
  // Astro's content cache (each entry's parsed data and rendered Markdown, by the digest of its file):
  // kept out of node_modules, which `npm ci` deletes, so that CI can keep it between builds and a
  // change to one listing renders only that listing's Markdown again (docs/benchmarks.md, "Caches
  // between builds"). One per variant: the young site's content config differs, and a store built
  // under another config is cleared. Tests that build several content folders at once give each
  // build its own.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? (young ? './.cache/astro-young' : './.cache/astro'),
  // One page at a time (Astro's default). Rendering waits on the disk for much of its time, but
  // `concurrency: 2` ran out of heap on the largest sites (two large data files at once) and gained
  // nothing measurable below; `4` was slower and used more memory (docs/benchmarks.md).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scoped styles as a class (.astro-x) rather than an attribute ([data-astro-cid-x]): the same
  // specificity in fewer bytes of CSS and HTML on every page.
  scopedStyleStrategy: 'class',
  // Markdown from the CMS is untrusted: the unified processor lets us sanitise it
  // (Astro 7's default processor copies raw HTML through). See src/lib/content/markdown.ts.
  markdown: {
    // Shiki colours code with inline styles, which the CSP forbids; listings have no code anyway.
    syntaxHighlight: false,
    processor: unified({
      // Smartypants (curly quotes and dashes) re-parsed every body as natural language, a large share
      // of loading the content (docs/benchmarks.md). Titles and summaries (front matter) never had it, so
      // pages mixed straight and curly quotes; now they are all as the editor typed them.
      smartypants: false,
      rehypePlugins: safeRehypePlugins({
        siteOrigins: [siteConfig.siteUrl, siteConfig.youngSite.siteUrl, site],
        // The first use of each glossary term links to its plain explanation (the glossary is on the main site).
        glossary: {
          terms: readGlossaryTerms(process.env.CONTENT_DIR ?? './content'),
          glossaryPath: young ? new URL('/glossary/', siteConfig.siteUrl).href : '/glossary/',
        },
      }),
    }),
  },
  // Astro hashes its own scripts and styles into a CSP meta tag on every page; see src/lib/csp.ts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: cspDirectives({ mapTilesOrigin: siteConfig.mapTiles.origin }),
      scriptDirective: { resources: scriptSources },
      styleDirective: { resources: styleSources },
    },
  },
  // The dev server watches the project; built sites and benchmark folders (a 100,000-listing run
  // writes over a million files) would exhaust the system's file watchers and are never sources.
  vite: {
    // Which site this build makes, as a build constant (src/lib/urls.ts reads it): the young people's
    // components build both the section and the sister site without passing the choice down.
    define: { 'import.meta.env.SITE_VARIANT': JSON.stringify(young ? 'young' : 'main') },
    server: { watch: { ignored: ['**/.bench/**', '**/.cache/**', '**/dist/**', '**/dist-*/**'] } },
  },
  // The CMS admins live on the main site only (the young editors' one included).
  integrations: [
    placeholderCheck({ young }),
    contentCheck(),
    reviewSummary(),
    orukRecords(),
    securityHeaders(),
    react(),
    mapHydration(),
    ...sitemapWithoutNoindex(),
    buildSearchIndex(),
    cmsAdmin({ enabled: !young && process.env.CMS_ADMIN !== 'off' }),
  ],
});
