/**
 * Journeys in a real browser: reflow at 320 px and a keyboard-only path from the home
 * page to a service. The axe checks of every page type are in accessibility.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support/site.ts';

const site = useSite();

describe('reflow', () => {
  it.each(['/', '/services/kooth/', '/localities/', '/grants/'])(
    '%s needs no sideways scrolling at 320 CSS pixels wide',
    async (path) => {
      const page = await site.page(path);
      await page.setViewportSize({ width: 320, height: 800 });
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
      await page.context().close();
    },
  );
});

/** Presses Tab until a link whose path matches `pattern` has focus; returns its path. */
async function tabTo(page: Page, pattern: RegExp, limit = 120): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => {
      const active = document.activeElement;
      return active instanceof HTMLAnchorElement ? new URL(active.href).pathname : '';
    });
    if (pattern.test(href)) return href;
  }
  throw new Error(`No link matching ${String(pattern)} within ${String(limit)} presses of Tab`);
}

describe('keyboard only', () => {
  it('goes from the home page to a service through a topic tile', async () => {
    const page = await site.page('/');
    const topic = await tabTo(page, /^\/services\/category\/[^/]+\/$/);
    await Promise.all([page.waitForURL(`**${topic}`), page.keyboard.press('Enter')]);
    const service = await tabTo(page, /^\/services\/(?!all\/|category\/|need\/|audience\/|age\/|locality\/)[^/]+\/$/);
    await Promise.all([page.waitForURL(`**${service}`), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'The essentials' }).count()).resolves.toBe(1);
  });
});
