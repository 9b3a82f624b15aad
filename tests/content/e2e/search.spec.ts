/**
 * Birmingham's own search checks, on dist/: its listings are found by the words people
 * use, through its synonyms list. The search page's code is checked on the Fixton test
 * area in tests/e2e/search.spec.ts and tests/e2e/search-page.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../../e2e/support/site.ts';
import { axeViolations } from '../../e2e/support/axe.ts';
import { announced, resultTitles } from '../../e2e/support/search.ts';

const site = useSite();


describe("search page, on Birmingham's content", () => {
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

  it('finds it for a misspelt "autisim", corrected from the words of its pages', async () => {
    const page = await site.page('/search/?q=autisim');
    await announced(page, /results? for “autism”/);
    expect((await resultTitles(page)).slice(0, 5)).toContain('Community Autism Support Service');
  });

  it('finds the Yardley Early Help team first for "early help near Yardley"', async () => {
    const page = await site.page('/search/?q=early+help+near+Yardley');
    await announced(page, /results? for “early help” with 1 filter/);
    expect(page.url()).toMatch(/\?q=early\+help&locality=yardley$/);
    expect((await resultTitles(page))[0]).toBe('Yardley Early Help team');
  });
});
