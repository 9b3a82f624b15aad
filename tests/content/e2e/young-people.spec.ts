import { describe, expect, it } from 'vitest';
import { useSite } from '../../e2e/support/site.ts';
import { axeViolations } from '../../e2e/support/axe.ts';

const site = useSite();
const sister = useSite('dist-young');

describe('young people section', () => {
  it('has no accessibility violations on the section, an article and the Vision', async () => {
    for (const path of [
      '/young-people/',
      '/young-people/articles/what-young-people-told-us/',
      '/young-people/vision/',
    ]) {
      const page = await site.page(path);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
  });

  it('serves the RSS feed', async () => {
    const response = await fetch(`${site.url}/young-people/rss.xml`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('<title>What nearly 4,000 young people told the Young Researchers</title>');
  });

  it('opens an outcome of the Vision with the keyboard, with JavaScript on', async () => {
    const page = await site.page('/young-people/vision/');
    const summary = page.locator('#reduce-poverty summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.locator('#reduce-poverty details').evaluate((el) => (el as HTMLDetailsElement).open),
    ).resolves.toBe(true);
    await expect(page.locator('#reduce-poverty').innerText()).resolves.toContain('Female, care leaver, age 17');
  });

  it('opens an outcome of the Vision with JavaScript off', async () => {
    const page = await site.page('/young-people/vision/', { javaScriptEnabled: false });
    await page.locator('#happy-inclusive-no-racism summary').click();
    await expect(page.locator('#happy-inclusive-no-racism').innerText()).resolves.toContain('normalised racism');
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
    await page.getByRole('link', { name: 'Kooth: free online support, without giving your name' }).click();
    await page.waitForURL('**/articles/kooth-online-support/');
    expect(await axeViolations(page)).toEqual([]);
  });
});
