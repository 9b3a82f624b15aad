/**
 * One page of every type in a real browser: zero axe WCAG 2.2 A/AA violations,
 * and a keyboard-only journey from the home page to a service.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support/site.ts';
import { axeViolations } from './support/axe.ts';
import { distDir } from '../build/helpers.ts';

const site = useSite();

/** The first built page under a dist/ folder, so the test follows whatever content exists. */
function firstUnder(folder: string, exclude: readonly string[] = []): string | undefined {
  const names = readdirSync(join(distDir, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !exclude.includes(entry.name) && !/^\d+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  return names[0] === undefined ? undefined : `/${folder}/${names[0]}/`;
}

const pages: [string, string | undefined][] = [
  ['home', '/'],
  ['search', '/search/'],
  ['directory', '/services/'],
  ['all listings', '/services/all/'],
  ['browse page', firstUnder('services/category')],
  ['service', '/services/kooth/'],
  ['organisations', '/organisations/'],
  ['organisation', firstUnder('organisations')],
  ['localities', '/localities/'],
  ['locality', firstUnder('localities')],
  ['grants', '/grants/'],
  ['grant', firstUnder('grants')],
  ['autism hub', '/autism/'],
  ['mental health hub', '/mental-health/'],
  ['preparing for adulthood hub', '/preparing-for-adulthood/'],
  ['professionals', '/professionals/'],
  ['guides', '/guides/'],
  ['guide', firstUnder('guides')],
  ['about', '/about/'],
  ['accessibility statement', '/accessibility/'],
  ['privacy notice', '/privacy/'],
  ['you said, we did', '/you-said-we-did/'],
  ['urgent help', '/urgent-help/'],
  ['404', '/this-page-does-not-exist/'],
];

describe('every page type', () => {
  it.each(pages.filter((entry): entry is [string, string] => entry[1] !== undefined))(
    '%s (%s) has one h1 and no WCAG 2.2 A/AA violations',
    async (_name, path) => {
      const page = await site.page(path);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});

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
