import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../../e2e/support/site.ts';
import { axeViolations } from '../../e2e/support/axe.ts';
import { siteConfig } from '../../../src/site.config.ts';

const site = useSite();
const exitUrl = new URL(siteConfig.quickExitUrl);

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
    const page = await site.page('/services/kooth/');
    await stubExitSite(page);
    await page.getByRole('link', { name: 'Exit this page' }).click();
    await expectLeftForGood(page, '/services/kooth/');
  });

  it('works from the keyboard: Tab to it and press Enter', async () => {
    const page = await site.page('/services/kooth/');
    await stubExitSite(page);
    // First Tab: skip link. Second Tab: the exit button, before anything else.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Exit this page');
    await page.keyboard.press('Enter');
    await expectLeftForGood(page, '/services/kooth/');
  });

  it('leaves when Shift is pressed three times', async () => {
    const page = await site.page('/staying-safe-online/');
    await stubExitSite(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expectLeftForGood(page, '/staying-safe-online/');
  });

  it('does not leave on two presses of Shift, or when typing capitals', async () => {
    const page = await site.page('/services/kooth/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift+A');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/services/kooth/');
  });

  it('is a plain link to the neutral site without JavaScript', async () => {
    const page = await site.page('/services/kooth/', { javaScriptEnabled: false });
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

  it('is not on pages that do not need it', async () => {
    const page = await site.page('/services/community-autism-support-service/');
    await expect(page.getByRole('link', { name: 'Exit this page' }).count()).resolves.toBe(0);
  });
});
