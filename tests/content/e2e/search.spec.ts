import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../../e2e/support/site.ts';
import { axeViolations } from '../../e2e/support/axe.ts';
import { page as builtPage } from '../../build/helpers.ts';
import { compareNames, sortKeysIn } from '../../../src/lib/search/sort.ts';

const site = useSite();

/** Waits until the live region announces a result count matching `pattern`; returns it. */
async function announced(page: Page, pattern: RegExp): Promise<string> {
  const status = page.locator('.search-app__status');
  await page.waitForFunction(
    ([source, flags]) =>
      new RegExp(source, flags).test(document.querySelector('.search-app__status')?.textContent ?? ''),
    [pattern.source, pattern.flags] as const,
  );
  return (await status.textContent()) ?? '';
}

const resultTitles = (page: Page) => page.locator('.search-result__title a').allTextContents();
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
  it('finds the Community Autism Support Service for "autism", on the first page, and is accessible', async () => {
    const page = await site.page('/search/?q=autism');
    const status = await announced(page, /results? for “autism”/);
    expect(status).toMatch(/^\d+ results? for “autism”/);
    expect(await resultTitles(page)).toContain('Community Autism Support Service');
    const first = page.locator('.search-result').filter({ hasText: 'Community Autism Support Service' }).first();
    await expect(first.locator('.search-result__type').textContent()).resolves.toBe('Service');
    await expect(first.textContent()).resolves.toMatch(/Area:?\s*Whole city.*Cost:?\s*Free.*Ages:?\s*All ages/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds it for "ASD" too, through the synonyms list', async () => {
    const page = await site.page('/search/?q=ASD');
    await announced(page, /results? for “ASD”/);
    expect(await resultTitles(page)).toContain('Community Autism Support Service');
  });

  it('narrows results to a locality, keeps it in the URL through reload, and Back undoes it', async () => {
    const page = await site.page('/search/?q=early+help');
    const before = countOf(await announced(page, /results? for “early help”\.$/));
    expect(before).toBeGreaterThan(1);

    const toggle = page.getByRole('button', { name: 'Filter results' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await page
      .locator('details.facet', { hasText: 'Area' })
      .getByLabel(/^Ladywood/)
      .check();
    const after = countOf(await announced(page, /with 1 filter/));
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(page.url()).toContain('locality=ladywood');
    for (const area of await resultAreas(page)) expect(area).toMatch(/Ladywood|Whole city|Online/);
    expect(await axeViolations(page)).toEqual([]);
    const titles = await resultTitles(page);

    await page.reload();
    await announced(page, /with 1 filter/);
    expect(await resultTitles(page)).toEqual(titles);
    await expect(page.getByLabel(/^Ladywood/).isChecked()).resolves.toBe(true);

    await page.goBack();
    expect(countOf(await announced(page, /results? for “early help”\.$/))).toBe(before);
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
    const link = page.getByRole('link', { name: 'Community Autism Support Service' });
    for (let i = 0; i < 80 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/services\/community-autism-support-service\/$/);
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

  it("corrects a misspelt word from the site's own words, runs the corrected search and says so", async () => {
    const page = await site.page('/search/?q=autisim');
    await announced(page, /results? for “autism”/);
    await expect(page.locator('.search-app__correction').textContent()).resolves.toMatch(
      /Did you mean “autism”\?.*“autisim”/,
    );
    expect((await resultTitles(page)).slice(0, 5)).toContain('Community Autism Support Service');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('turns a place in the words into the area filter, shown as a chip that removes it', async () => {
    const page = await site.page('/search/?q=early+help+near+Yardley');
    await announced(page, /results? for “early help” with 1 filter/);
    expect(page.url()).toMatch(/\?q=early\+help&locality=yardley$/);
    await expect(page.getByRole('searchbox', { name: 'What are you looking for?' }).inputValue()).resolves.toBe(
      'early help',
    );
    await expect(page.locator('.search-chips__note').textContent()).resolves.toContain('“yardley”');
    expect((await resultTitles(page))[0]).toBe('Yardley Early Help team');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Remove filter: Area Yardley' }).click();
    await announced(page, /results? for “early help”\.$/);
    expect(page.url()).not.toContain('locality=');
    await expect(page.locator('.search-chip').count()).resolves.toBe(0);
  });

  it('offers the topics nearest to the words when nothing matches', async () => {
    const page = await site.page('/search/?q=bullying&type=grant');
    await announced(page, /No results for “bullying” with 1 filter/);
    const topic = page.locator('.search-none').getByRole('link', { name: 'Bullying' });
    await expect(topic.getAttribute('href')).resolves.toBe('/services/need/bullying/');
    await expect(page.locator('.search-none a[href="tel:999"]').count()).resolves.toBe(1);
  });

  it('without JavaScript, says so and offers browse links', async () => {
    const page = await site.page('/search/?q=autism', { javaScriptEnabled: false });
    await expect(page.locator('main').textContent()).resolves.toContain('Searching needs JavaScript');
    await expect(page.getByRole('heading', { name: 'By area' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Erdington' }).count()).resolves.toBeGreaterThan(0);
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
    const beforeSearchPage = requests.slice(
      0,
      requests.findIndex((url) => url.includes('/search/')),
    );
    expect(beforeSearchPage.filter((url) => url.includes('/pagefind/') || url.endsWith('.js'))).toEqual([]);
    await announced(page, /results? for “autism”/);
  });

  it('sorts by name when chosen, fetching that order only then, and keeps it through reload', async () => {
    const page = await site.page('/search/?q=support');
    const total = countOf(await announced(page, /results? for “support”\.$/));
    expect(total).toBeGreaterThan(10);
    expect(await sortFilesFetched(page)).toEqual([]);

    await page.getByLabel('Sort by').selectOption('name');
    await page.waitForURL(/sort=name/);
    await expect.poll(async () => inOrder(await resultTitles(page), byName)).toBe(true);
    expect(countOf(await announced(page, /results? for “support”\.$/))).toBe(total);
    expect(await sortFilesFetched(page)).toEqual(['/pagefind/sort-name.json']);
    const titles = await resultTitles(page);
    await page.reload();
    await announced(page, /results? for “support”\.$/);
    await expect.poll(() => resultTitles(page)).toEqual(titles);
  });

  it('lists every result by date checked, newest first', async () => {
    const page = await site.page('/search/?q=support&sort=reviewed&page=20');
    const total = countOf(await announced(page, /results? for “support”\.$/));
    await expect.poll(() => page.locator('.search-result').count()).toBe(Math.min(total, 200));
    const dates = await reviewedDates(page);
    expect(inOrder(dates, (a, b) => (a < b ? 1 : a > b ? -1 : 0))).toBe(true);
    expect(new Set(dates).size).toBeGreaterThan(1);
    expect(await sortFilesFetched(page)).toEqual(['/pagefind/sort-reviewed.json']);
  });

  it('lists filter-only results by name', async () => {
    const page = await site.page('/search/?type=organisation');
    await announced(page, /with 1 filter/);
    const titles = await resultTitles(page);
    expect(titles.length).toBeGreaterThan(1);
    expect(inOrder(titles, byName)).toBe(true);
  });
});
