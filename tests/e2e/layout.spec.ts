/**
 * Small screens, on one page of every page type of each built site, in every interface
 * language (right to left too): on a 320 x 640 CSS pixel screen (a small phone) and a 390 x 844
 * one (a common phone), the page needs no sideways scrolling and its first heading starts
 * within the top third of the screen, so the quick-exit bar, the header, the language
 * switcher, the translation notice and the navigation never fill a phone's first screen.
 * The keyboard journeys are in keyboard.spec.ts; the axe checks in accessibility.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support/site.ts';
import { requireBuild } from '../build/helpers.ts';
import { builtSites, htmlFilesOf, samplePages, urlPathOf } from '../page-types.ts';
import { defaultLanguage, languages } from '../../src/i18n/languages.ts';

requireBuild();

const screens = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
];

for (const built of builtSites()) {
  // The young people's site is in English only; the Local Offer in every language.
  const siteLanguages = built.types.some((type) => type.name === 'service') ? languages : [defaultLanguage];
  for (const language of siteLanguages) {
    describe(`small screens on the ${built.name} in ${language.englishName}`, () => {
      const site = useSite(built.dir);
      // The CMS admins (skipAxe) are a third-party app for staff, not public pages.
      const paths = samplePages(htmlFilesOf(built), built.types, language.code)
        .filter(({ type, file }) => file !== undefined && type.skipAxe === undefined)
        .map(({ type, file }) => ({
          type: type.name,
          path: type.name === '404' ? '/this-page-does-not-exist/' : urlPathOf(file ?? ''),
        }));

      it('has pages to check', () => {
        expect(paths.length).toBeGreaterThan(4);
      });

      if (built.types.some((type) => type.name === 'service')) {
        it('opens the navigation from "Menu" on a phone, without JavaScript, below the quick-exit bar', async () => {
          // Urgent help has the quick exit, whose bar stays at the top of the screen.
          const withExit = paths.find(({ type }) => type === 'urgent-help')?.path ?? '/urgent-help/';
          const page = await site.page(withExit, { javaScriptEnabled: false });
          await page.setViewportSize({ width: 320, height: 640 });
          const nav = page.locator('#site-nav');
          await expect(nav.isVisible()).resolves.toBe(false);
          await page.locator('.site-header__menu-link').click();
          await expect(nav.isVisible()).resolves.toBe(true);
          const firstLink = nav.locator('a').first();
          const exitBar = await page.locator('.quick-exit').boundingBox();
          const link = await firstLink.boundingBox();
          if (!exitBar || !link) throw new Error(`no quick-exit bar or navigation link on ${withExit}`);
          expect(link.y).toBeGreaterThanOrEqual(exitBar.y + exitBar.height);
          // Wider screens show the navigation and no "Menu".
          await page.setViewportSize({ width: 1024, height: 768 });
          await page.goto(withExit);
          await expect(nav.isVisible()).resolves.toBe(true);
          await expect(page.locator('.site-header__menu-link').isVisible()).resolves.toBe(false);
        });
      }

      for (const { width, height } of screens) {
        it(`at ${String(width)} x ${String(height)} px: no sideways scrolling, and the first heading in the top third`, async () => {
          const page = await site.page('/');
          await page.setViewportSize({ width, height });
          const problems: string[] = [];
          for (const { type, path } of paths) {
            await page.goto(path);
            const { headingTop, scrollWidth } = await page.evaluate(() => ({
              headingTop: (document.querySelector('h1')?.getBoundingClientRect().top ?? Infinity) + window.scrollY,
              scrollWidth: document.documentElement.scrollWidth,
            }));
            if (headingTop > height / 3) {
              problems.push(`${type} (${path}): h1 starts ${String(Math.round(headingTop))} px down`);
            }
            if (scrollWidth > width) problems.push(`${type} (${path}): ${String(scrollWidth)} px wide`);
          }
          expect(problems).toEqual([]);
        });
      }
    });
  }
}
