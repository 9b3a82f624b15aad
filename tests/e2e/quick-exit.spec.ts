import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useSite } from './support/site.ts';
import { axeViolations } from './support/axe.ts';
import { siteConfig } from '../../src/site.config.ts';

const site = useSite();
const exitUrl = new URL(siteConfig.quickExitUrl);
const distDir = process.env.DIST_DIR ?? 'dist';

/** Built service pages with the exit button (mental health, abuse...) or without it, whatever the area's content. */
function servicePages(withExit: boolean): string[] {
  return readdirSync(join(distDir, 'services'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(distDir, 'services', entry.name, 'index.html')))
    .filter((entry) => {
      const html = readFileSync(join(distDir, 'services', entry.name, 'index.html'), 'utf8');
      // A listing's own page (its <article class="service">), not a paged or filtered list.
      return html.includes('data-quick-exit-bar') === withExit && html.includes('<article class="service"');
    })
    .map((entry) => `/services/${entry.name}/`)
    .sort();
}
const sensitive = servicePages(true)[0] ?? '/services/';
const ordinary = servicePages(false)[0] ?? '/services/';

/** The network is closed in tests: answer the neutral site with a stub page instead. */
async function stubExitSite(page: Page): Promise<void> {
  await page.context().route(
    (url) => url.origin === exitUrl.origin,
    (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
}

async function expectLeftForGood(page: Page, from: string): Promise<void> {
  await page.waitForURL((url) => url.origin === exitUrl.origin);
  await page.goBack().catch(() => undefined);
  // Back goes to whatever came before the service page (here the blank start page), never to it.
  expect(page.url()).not.toContain(from);
}

describe('quick exit', () => {
  it('replaces the page when the button is selected, so Back does not return', async () => {
    const page = await site.page(sensitive);
    await stubExitSite(page);
    await page.getByRole('link', { name: 'Exit this page' }).click();
    await expectLeftForGood(page, sensitive);
  });

  it('works from the keyboard: Tab to it and press Enter', async () => {
    const page = await site.page(sensitive);
    await stubExitSite(page);
    // First Tab: skip link. Second Tab: the exit button, before anything else.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Exit this page');
    await page.keyboard.press('Enter');
    await expectLeftForGood(page, sensitive);
  });

  it('leaves when Shift is pressed three times', async () => {
    const page = await site.page('/staying-safe-online/');
    await stubExitSite(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expectLeftForGood(page, '/staying-safe-online/');
  });

  it('does not leave on two presses of Shift, or when typing capitals', async () => {
    const page = await site.page(sensitive);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift+A');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe(sensitive);
  });

  it('is a plain link to the neutral site without JavaScript', async () => {
    const page = await site.page(sensitive, { javaScriptEnabled: false });
    await expect(page.getByRole('link', { name: 'Exit this page' }).getAttribute('href')).resolves.toBe(
      siteConfig.quickExitUrl,
    );
  });

  it('is on every page of the young people’s section', async () => {
    for (const path of ['/young-people/', '/young-people/vision/']) {
      const page = await site.page(path);
      await expect(page.getByRole('link', { name: 'Exit this page' }).count()).resolves.toBe(1);
    }
  });

  it('explains safer browsing on an accessible page', async () => {
    const page = await site.page('/staying-safe-online/');
    await expect(page.getByRole('heading', { name: 'Use private browsing' }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds a service page with the button and one without it in this build', () => {
    expect(sensitive).toMatch(/^\/services\/[^/]+\/$/);
    expect(ordinary).toMatch(/^\/services\/[^/]+\/$/);
    expect(sensitive).not.toBe(ordinary);
  });

  it('is not on pages that do not need it', async () => {
    const page = await site.page(ordinary);
    await expect(page.getByRole('link', { name: 'Exit this page' }).count()).resolves.toBe(0);
  });
});
