/**
 * How the search page reads a query (src/lib/search/query/), on the Fixton test area:
 * spelling corrected from the site's own words, a place in the words as the area
 * filter with a chip that removes it, and the nearest topics when nothing matches.
 * The rest of the search page's code is checked in search-page.spec.ts; Birmingham's
 * own search checks are in tests/content/e2e/search.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support/site.ts';
import { axeViolations } from './support/axe.ts';
import { announced, resultTitles } from './support/search.ts';

const site = useSite();

describe('search page, reading the query', () => {
  it('corrects a word no page uses to the nearest word pages use, runs it and says so', async () => {
    const page = await site.page('/search/?q=autisim');
    await announced(page, /results? for “autism”/);
    await expect(page.locator('.search-app__correction').textContent()).resolves.toMatch(
      /Did you mean “autism”\?.*“autisim”/,
    );
    expect(await resultTitles(page)).toContain('Fixton Autism Support');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('drops filler words and finds a synonym', async () => {
    const page = await site.page('/search/?q=where+can+I+get+help+with+ASD');
    await announced(page, /results? for “where can I get help with ASD”/);
    expect((await resultTitles(page))[0]).toBe('Fixton Autism Support');
  });

  it('turns a place in the words into the area filter, shown as a chip that removes it', async () => {
    const page = await site.page('/search/?q=parent+cafe+near+North+Fixton');
    await announced(page, /results? for “parent cafe” with 1 filter/);
    expect(page.url()).toMatch(/\?q=parent\+cafe&locality=north-fixton$/);
    await expect(page.getByRole('searchbox', { name: 'What are you looking for?' }).inputValue()).resolves.toBe(
      'parent cafe',
    );
    await expect(page.locator('.search-chips__note').textContent()).resolves.toContain('“north fixton”');
    expect((await resultTitles(page))[0]).toBe('Fixton Parent Cafe');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Remove filter: Area North Fixton' }).click();
    await announced(page, /results? for “parent cafe”\.$/);
    expect(page.url()).not.toContain('locality=');
    await expect(page.locator('.search-chip').count()).resolves.toBe(0);
  });

  it('offers the topics nearest to the words when nothing matches, with the usual help', async () => {
    const page = await site.page('/search/?q=autism&type=grant');
    await announced(page, /No results for “autism” with 1 filter/);
    const topic = page.locator('.search-none').getByRole('link', { name: 'Autism', exact: true });
    await expect(topic.getAttribute('href')).resolves.toBe('/services/need/autism/');
    await expect(page.locator('.search-none a[href="tel:999"]').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});
