/**
 * The young people's section of the fixture area (dist-fixture/young-people/) and its sister site
 * (dist-fixture-young/): accessibility, the RSS feed, and the Vision's outcomes opening with and
 * without JavaScript. The article and the Vision are the fixture's (tests/fixtures/area).
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support/site.ts';
import { axeViolations } from './support/axe.ts';
import { vision } from '../fixtures/area/area/vision.ts';

const site = useSite();
const sister = useSite(process.env.YOUNG_DIST_DIR ?? 'dist-young');

const article = { id: 'fixton-test-article', title: 'Finding help in Fixton (test)' };
const [outcome] = vision.outcomes;
const [quote] = outcome.quotes;

describe('young people section', () => {
  it('has no accessibility violations on the section, an article and the Vision', async () => {
    for (const path of ['/young-people/', `/young-people/articles/${article.id}/`, '/young-people/vision/']) {
      const page = await site.page(path);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
  });

  it('serves the RSS feed', async () => {
    const response = await fetch(`${site.url}/young-people/rss.xml`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain(`<title>${article.title}</title>`);
  });

  it('opens an outcome of the Vision with the keyboard, with JavaScript on', async () => {
    const page = await site.page('/young-people/vision/');
    const summary = page.locator(`#${outcome.value} summary`);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.locator(`#${outcome.value} details`).evaluate((el) => (el as HTMLDetailsElement).open),
    ).resolves.toBe(true);
    await expect(page.locator(`#${outcome.value}`).innerText()).resolves.toContain(quote.who);
  });

  it('opens an outcome of the Vision with JavaScript off', async () => {
    const page = await site.page('/young-people/vision/', { javaScriptEnabled: false });
    await page.locator(`#${outcome.value} summary`).click();
    await expect(page.locator(`#${outcome.value}`).innerText()).resolves.toContain(quote.text);
  });
});

describe('young people sister site', () => {
  it('navigates between its own pages and has no accessibility violations', async () => {
    const page = await sister.page('/');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('navigation', { name: 'Young people' }).getByRole('link', { name: 'The Vision' }).click();
    await page.waitForURL('**/vision/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'The Vision from children and young people',
    );
    await page.getByRole('navigation', { name: 'Young people' }).getByRole('link', { name: 'Home' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('link', { name: article.title }).click();
    await page.waitForURL(`**/articles/${article.id}/`);
    expect(await axeViolations(page)).toEqual([]);
  });
});
