/**
 * The split search index (SEARCH_INDEX_SPLIT=type, for very large sites: README,
 * "Search"): the bundled content built with one Pagefind index per result type
 * must search exactly like the single index in dist/, from the same search page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newLocalContext } from '../../e2e/support/browser.ts';
import { serveDist, type StaticServer } from '../../e2e/support/server.ts';
import { buildFixture, type FixtureBuild } from '../../e2e/support/fixture-build.ts';
import { requireBuild } from '../../build/helpers.ts';
import { compareNames } from '../../../src/lib/search/sort.ts';

requireBuild();

let split: FixtureBuild;
let servers: { single: StaticServer; split: StaticServer };
let browser: Browser;

beforeAll(async () => {
  split = buildFixture('./content', [], { SEARCH_INDEX_SPLIT: 'type' });
  servers = { single: await serveDist('dist'), split: await serveDist(split.outDir) };
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await servers?.single.close();
  await servers?.split.close();
  split?.remove();
});

/** Everything the search page lists for a query (all pages of results), with each result's type. */
async function searchAll(server: StaticServer, query: string): Promise<{ status: string; results: string[] }> {
  const context = await newLocalContext(browser, server.url);
  const page: Page = await context.newPage();
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    (term) => (document.querySelector('.search-app__status')?.textContent ?? '').includes(`“${term}”`),
    query,
  );
  // The first results show before the rest of the page's data is in (aria-busy until then).
  await page.waitForFunction(() => !document.querySelector('.search-results[aria-busy="true"]'));
  const status = (await page.locator('.search-app__status').textContent()) ?? '';
  const more = page.getByRole('button', { name: /show more/i });
  while ((await more.count()) > 0 && (await more.isVisible())) {
    const before = await page.locator('.search-result').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
  }
  const results = await page
    .locator('.search-result')
    .evaluateAll((items) =>
      items.map(
        (item) =>
          `${item.querySelector('.search-result__type')?.textContent ?? ''}: ${item.querySelector('.search-result__title')?.textContent ?? ''}`,
      ),
    );
  await context.close();
  return { status, results };
}

describe('split search index', () => {
  it('writes one bundle per result type and a manifest the search page reads', () => {
    const manifest = JSON.parse(readFileSync(join(split.outDir, 'pagefind-bundles.json'), 'utf8')) as {
      bundles: string[];
    };
    expect(manifest.bundles).toEqual(expect.arrayContaining(['pagefind-article', 'pagefind-grant']));
    for (const bundle of ['pagefind', ...manifest.bundles]) {
      expect(existsSync(join(split.outDir, bundle, 'pagefind-entry.json')), bundle).toBe(true);
    }
    expect(existsSync(join('dist', 'pagefind-bundles.json'))).toBe(false);
  });

  it.each(['autism', 'Kooth', 'grant', 'young people'])(
    'finds every result for “%s” that the single index finds, across types',
    async (query) => {
      const single = await searchAll(servers.single, query);
      const merged = await searchAll(servers.split, query);
      expect(single.results.length).toBeGreaterThan(0);
      // A superset, not the same list: a bundle without the word falls back to its closest
      // shorter word (Pagefind's behaviour; "autism" matches "a" among grants), which adds
      // weak results. README, "Search", says so; the split is for sites past 25,000 pages.
      expect(merged.results).toEqual(expect.arrayContaining(single.results));
    },
  );

  it('lists the same results as the single index when every bundle has the word', async () => {
    // "support" is on pages of every type, so no bundle falls back.
    const single = await searchAll(servers.single, 'support');
    const merged = await searchAll(servers.split, 'support');
    expect(merged.status).toBe(single.status);
    expect([...merged.results].sort()).toEqual([...single.results].sort());
  });

  it('brings results of several types into one list', async () => {
    const { results } = await searchAll(servers.split, 'Kooth');
    const types = new Set(results.map((result) => result.split(':')[0]));
    expect(types.size).toBeGreaterThan(1);
  });

  it('sorts the results of every bundle by name, from the one sort file the build writes', async () => {
    const context = await newLocalContext(browser, servers.split.url);
    const page = await context.newPage();
    await page.goto('/search/?q=Kooth&sort=name');
    await page.waitForFunction(() =>
      (document.querySelector('.search-app__status')?.textContent ?? '').includes('Kooth'),
    );
    const titles = await page.locator('.search-result__title a').allTextContents();
    const types = await page.locator('.search-result__type').allTextContents();
    await context.close();
    expect(new Set(types).size).toBeGreaterThan(1);
    const names = titles.map((title) => title.toLocaleLowerCase('en-GB'));
    expect(names).toEqual([...names].sort(compareNames));
  });
});
