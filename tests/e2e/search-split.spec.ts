/**
 * The split search index (SEARCH_INDEX_SPLIT=type, for very large sites: README,
 * "Search"): the fixture area built with one Pagefind index per result type, in a copy
 * of the project as `npm run build:fixture` makes it, must search exactly like the
 * single index in dist-fixture/, from the same search page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newLocalContext } from './support/browser.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { distDir, requireBuild, testBuildDir } from '../build/helpers.ts';
import { compareNames } from '../../src/lib/search/sort.ts';
import { fixtureAreaDir } from '../support/fixture-area.ts';
import { copyProjectWithArea } from '../../scripts/fixture-area.ts';

requireBuild();

let split: { outDir: string; remove: () => void };

/** The fixture area built split, in its own copy of the project (the area's settings and content). */
function buildSplit(): typeof split {
  const workDir = testBuildDir('search-split');
  const outDir = join(workDir, 'dist');
  const project = join(workDir, 'project');
  const remove = () => rmSync(workDir, { recursive: true, force: true });
  copyProjectWithArea(fixtureAreaDir, project);
  const { CONTENT_DIR: _contentDir, ...env } = process.env;
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: project,
    // CMS_ADMIN=off: the search needs only the public pages.
    env: { ...env, SEARCH_INDEX_SPLIT: 'type', CMS_ADMIN: 'off', ASTRO_CACHE_DIR: join(workDir, 'cache') },
    encoding: 'utf8',
    timeout: 170_000,
  });
  if (result.status !== 0) {
    remove();
    throw new Error(`The split build of the fixture area failed:\n${result.stdout}\n${result.stderr}`);
  }
  return { outDir, remove };
}
let servers: { single: StaticServer; split: StaticServer };
let browser: Browser;

beforeAll(async () => {
  split = buildSplit();
  servers = { single: await serveDist(distDir), split: await serveDist(split.outDir) };
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
    expect(existsSync(join(distDir, 'pagefind-bundles.json'))).toBe(false);
  });

  it.each(['autism', 'counselling', 'grant', 'young people'])(
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
    // "test" is on pages of every type of the fixture ("Test data only."), so no bundle falls back.
    const single = await searchAll(servers.single, 'test');
    const merged = await searchAll(servers.split, 'test');
    expect(new Set(single.results.map((result) => result.split(':')[0])).size).toBeGreaterThan(2);
    expect(merged.status).toBe(single.status);
    expect([...merged.results].sort()).toEqual([...single.results].sort());
  });

  it('brings results of several types into one list', async () => {
    // The counselling service, and the article that points to it.
    const { results } = await searchAll(servers.split, 'counselling');
    const types = new Set(results.map((result) => result.split(':')[0]));
    expect(types.size).toBeGreaterThan(1);
  });

  it('sorts the results of every bundle by name, from the one sort file the build writes', async () => {
    const context = await newLocalContext(browser, servers.split.url);
    const page = await context.newPage();
    await page.goto('/search/?q=counselling&sort=name');
    await page.waitForFunction(() =>
      (document.querySelector('.search-app__status')?.textContent ?? '').includes('counselling'),
    );
    const titles = await page.locator('.search-result__title a').allTextContents();
    const types = await page.locator('.search-result__type').allTextContents();
    await context.close();
    expect(new Set(types).size).toBeGreaterThan(1);
    const names = titles.map((title) => title.toLocaleLowerCase('en-GB'));
    expect(names).toEqual([...names].sort(compareNames));
  });
});
