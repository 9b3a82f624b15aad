/**
 * The search page's code (src/components/search/), on the Fixton test area: filters kept
 * in the URL, the keyboard alone, help when nothing matches, the page without JavaScript,
 * no search code on other pages, sorting, and axe. How it reads a query is in
 * search.spec.ts; Birmingham's own search checks are in tests/content/e2e/search.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support/site.ts';
import { axeViolations } from './support/axe.ts';
import { announced, resultTitles } from './support/search.ts';
import { page as builtPage, requireBuild } from '../build/helpers.ts';
import { compareNames, sortKeysIn } from '../../src/lib/search/sort.ts';

requireBuild();
const site = useSite();

/** The titles of the first page of results, once all of them are drawn (the first few come before the rest). */
async function firstPageTitles(page: Page, total: number): Promise<string[]> {
  await expect.poll(() => page.locator('.search-result').count()).toBe(Math.min(total, 10));
  return resultTitles(page);
}
const resultAreas = (page: Page) =>
  page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => {
      const area = [...item.querySelectorAll('dt')].find((dt) => dt.textContent === 'Area');
      return area?.nextElementSibling?.textContent ?? '';
    }),
  );
const resultHrefs = (page: Page) =>
  page.locator('.search-result__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
const inOrder = (values: string[], compare: (a: string, b: string) => number) =>
  values.every((value, i) => i === 0 || compare(values[i - 1] ?? '', value) <= 0);
/** The date each result was last checked, from the built pages (the results do not show it). */
const reviewedDates = async (page: Page) =>
  (await resultHrefs(page)).map((href) => sortKeysIn(builtPage(href))?.reviewed ?? '');
const byName = (a: string, b: string) => compareNames(a.toLocaleLowerCase('en-GB'), b.toLocaleLowerCase('en-GB'));
/** The sort files the page has fetched since it loaded. */
const sortFilesFetched = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.includes('/sort-')),
  );
const countOf = (text: string) => Number(/^(\d[\d,]*) results?/.exec(text)?.[1]?.replace(/,/g, '') ?? '0');

describe('search page', () => {
  it('shows each result with its type, area, cost and ages, and is accessible', async () => {
    const page = await site.page('/search/?q=autism');
    expect(await announced(page, /results? for “autism”/)).toMatch(/^\d+ results? for “autism”/);
    const result = page.locator('.search-result').filter({ hasText: 'Fixton Autism Support' }).first();
    await expect(result.locator('.search-result__type').textContent()).resolves.toBe('Service');
    await expect(result.textContent()).resolves.toMatch(
      /Area:?\s*Whole city.*Cost:?\s*Free, with a referral.*Ages:?\s*Up to 25 years/,
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('narrows results to a locality, keeps it in the URL through reload, and Back undoes it', async () => {
    const page = await site.page('/search/?q=free');
    const before = countOf(await announced(page, /results? for “free”\.$/));
    expect(before).toBeGreaterThan(1);

    const toggle = page.getByRole('button', { name: 'Filter results' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await page
      .locator('details.facet', { hasText: 'Area' })
      .getByLabel(/^North Fixton/)
      .check();
    const after = countOf(await announced(page, /with 1 filter/));
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(page.url()).toContain('locality=north-fixton');
    const areas = await resultAreas(page);
    expect(areas).toContain('North Fixton');
    for (const area of areas) expect(area).toMatch(/North Fixton|Whole city|Online/);
    expect(await axeViolations(page)).toEqual([]);
    const titles = await firstPageTitles(page, after);

    await page.reload();
    await announced(page, /with 1 filter/);
    // Results are drawn as their data arrives, after the count is announced.
    await expect.poll(() => resultTitles(page)).toEqual(titles);
    await expect(page.getByLabel(/^North Fixton/).isChecked()).resolves.toBe(true);

    await page.goBack();
    expect(countOf(await announced(page, /results? for “free”\.$/))).toBe(before);
    expect(page.url()).not.toContain('locality=');
  });

  it('works with the keyboard alone', async () => {
    const page = await site.page('/search/');
    const input = page.getByRole('searchbox', { name: 'What are you looking for?' });
    for (let i = 0; i < 30 && !(await input.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('autism');
    await page.keyboard.press('Enter');
    await announced(page, /results? for “autism”\.$/);
    expect(page.url()).toContain('q=autism');

    // Open the filters, tab to the first checkbox and tick it with the space bar.
    const toggle = page.getByRole('button', { name: 'Filter results' });
    for (let i = 0; i < 30 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const typeBox = page.locator('details.facet', { hasText: 'Type' }).getByRole('checkbox').first();
    for (let i = 0; i < 30 && !(await typeBox.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    await announced(page, /with 1 filter/);
    expect(page.url()).toContain('type=');

    // On to the result and follow it with Enter.
    const link = page.getByRole('link', { name: 'Fixton Autism Support' });
    for (let i = 0; i < 80 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/services\/fixton-autism-support\/$/);
  });

  it('offers help and browse links when nothing matches', async () => {
    const page = await site.page('/search/?q=zzqxjv');
    await announced(page, /No results for “zzqxjv”/);
    const none = page.locator('.search-none');
    await expect(none.textContent()).resolves.toContain('Nothing matched');
    for (const number of ['tel:999', 'tel:111', 'tel:116123', 'tel:08001111']) {
      await expect(none.locator(`a[href="${number}"]`).count()).resolves.toBe(1);
    }
    await expect(none.getByRole('link', { name: 'More urgent help' }).getAttribute('href')).resolves.toBe(
      '/urgent-help/',
    );
    await expect(none.getByRole('link', { name: /All services/ }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('without JavaScript, says so and offers browse links', async () => {
    const page = await site.page('/search/?q=autism', { javaScriptEnabled: false });
    await expect(page.locator('main').textContent()).resolves.toContain('Searching needs JavaScript');
    await expect(page.getByRole('heading', { name: 'By area' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'North Fixton' }).count()).resolves.toBeGreaterThan(0);
  });

  it('loads no search code on a plain page, and the header box submits to the search page', async () => {
    const requests: string[] = [];
    const page = await site.page('/services/');
    page.on('request', (request) => requests.push(request.url()));
    await page.reload();
    const header = page.getByRole('banner');
    await header.getByRole('searchbox').fill('autism');
    await header.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=autism$/);
    const searchPageAt = requests.findIndex((url) => url.includes('/search/'));
    expect(searchPageAt).toBeGreaterThan(0);
    const beforeSearchPage = requests.slice(0, searchPageAt);
    expect(beforeSearchPage.filter((url) => url.includes('/pagefind/') || url.endsWith('.js'))).toEqual([]);
    await announced(page, /results? for “autism”/);
  });

  it('sorts by name when chosen, fetching that order only then, and keeps it through reload', async () => {
    const page = await site.page('/search/?q=fixton');
    const total = countOf(await announced(page, /results? for “fixton”\.$/));
    // More than one page of results, so the order covers results not yet shown.
    expect(total).toBeGreaterThan(10);
    expect(await sortFilesFetched(page)).toEqual([]);
    expect(inOrder(await firstPageTitles(page, total), byName)).toBe(false);

    await page.getByLabel('Sort by').selectOption('name');
    await page.waitForURL(/sort=name/);
    await expect.poll(async () => inOrder(await resultTitles(page), byName)).toBe(true);
    expect(countOf(await announced(page, /results? for “fixton”\.$/))).toBe(total);
    expect(await sortFilesFetched(page)).toEqual(['/pagefind/sort-name.json']);
    const titles = await firstPageTitles(page, total);
    expect(inOrder(titles, byName)).toBe(true);
    await page.reload();
    await announced(page, /results? for “fixton”\.$/);
    await expect.poll(() => resultTitles(page)).toEqual(titles);
  });

  it('lists every result by date checked, newest first', async () => {
    const page = await site.page('/search/?q=fixton&sort=reviewed&page=20');
    const total = countOf(await announced(page, /results? for “fixton”\.$/));
    expect(total).toBeGreaterThan(10);
    await expect.poll(() => page.locator('.search-result').count()).toBe(Math.min(total, 200));
    const dates = await reviewedDates(page);
    expect(inOrder(dates, (a, b) => (a < b ? 1 : a > b ? -1 : 0))).toBe(true);
    expect(new Set(dates).size).toBeGreaterThan(1);
    expect(await sortFilesFetched(page)).toEqual(['/pagefind/sort-reviewed.json']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists filter-only results by name', async () => {
    const page = await site.page('/search/?type=organisation');
    const titles = await firstPageTitles(page, countOf(await announced(page, /with 1 filter/)));
    expect(titles.length).toBeGreaterThan(1);
    expect(inOrder(titles, byName)).toBe(true);
  });
});
