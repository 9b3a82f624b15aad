/**
 * One server and one browser per test file: `const site = useSite();` then
 * `const page = await site.page('/services/kooth/')` in a test. `useFixtureSite` does the same
 * for a site built from a fixture content folder for the file (./fixture-build.ts).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newLocalContext } from './browser.ts';
import { buildFixture, type FixtureBuild } from './fixture-build.ts';
import { serveDist, type StaticServer } from './server.ts';

interface OpenOptions {
  javaScriptEnabled?: boolean;
  bypassCSP?: boolean;
}

export interface Site {
  readonly url: string;
  /** A fresh browser context on the site (no shared storage), closed after the file's tests. */
  context: (options?: OpenOptions) => Promise<BrowserContext>;
  /** A fresh page (own context: no shared storage) at a site path. */
  page: (path: string, options?: OpenOptions) => Promise<Page>;
}

export interface FixtureSite extends Site {
  /** The built fixture site's folder. */
  readonly outDir: string;
}

/** Serves the folder `prepare` returns (before the file's tests) to a browser; `finish` runs after them. */
function useServedSite(prepare: () => string | undefined, finish?: () => void): Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await serveDist(prepare());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await server?.close();
    finish?.();
  });

  const started = () => {
    if (!server || !browser) throw new Error('the test setup did not finish');
    return { server, browser };
  };
  const site: Site = {
    get url() {
      return started().server.url;
    },
    async context(options = {}) {
      const { server: served, browser: launched } = started();
      const context =
        options.javaScriptEnabled === false
          ? await launched.newContext({ baseURL: served.url, javaScriptEnabled: false, locale: 'en-GB' })
          : await newLocalContext(launched, served.url, { bypassCSP: options.bypassCSP ?? false });
      contexts.push(context);
      return context;
    },
    async page(path, options = {}) {
      const page = await (await site.context(options)).newPage();
      await page.goto(path);
      return page;
    },
  };
  return site;
}

/** `dir` serves another build, e.g. the young people's sister site in dist-young/. */
export function useSite(dir?: string): Site {
  return useServedSite(() => dir);
}

/**
 * Builds the site from a fixture content folder (or the folder `contentDir` returns, made before
 * the build) into a temporary folder, serves it for the file's tests and removes it after them.
 */
export function useFixtureSite(contentDir: string | (() => string)): FixtureSite {
  let built: FixtureBuild | undefined;
  const site = useServedSite(
    () => {
      built = buildFixture(typeof contentDir === 'string' ? contentDir : contentDir());
      return built.outDir;
    },
    () => built?.remove(),
  );
  return Object.defineProperties(site as FixtureSite, {
    outDir: {
      get() {
        if (!built) throw new Error('the fixture site was not built');
        return built.outDir;
      },
    },
  });
}
