/**
 * One server and one browser per test file: `const site = useSite();` then
 * `const page = await site.page('/services/kooth/')` in a test.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newLocalContext } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';

export interface Site {
  readonly url: string;
  /** A fresh page (own context: no shared storage) at a site path. */
  page: (path: string, options?: { javaScriptEnabled?: boolean; bypassCSP?: boolean }) => Promise<Page>;
}

/** `dir` serves another build, e.g. the young people's sister site in dist-young/. */
export function useSite(dir?: string): Site {
  let server: StaticServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await serveDist(dir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser.close();
    await server.close();
  });

  return {
    get url() {
      return server.url;
    },
    async page(path, options = {}) {
      const context =
        options.javaScriptEnabled === false
          ? await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'en-GB' })
          : await newLocalContext(browser, server.url, { bypassCSP: options.bypassCSP ?? false });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(path);
      return page;
    },
  };
}
