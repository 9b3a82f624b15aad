/**
 * Small screens, on one page of every page type of each built site: at 320 and 390 CSS
 * pixels wide (844 high, a common phone), the page needs no sideways scrolling and its
 * first heading starts within the top third of the screen, so the quick-exit bar, the
 * header and the navigation never fill a phone's first screen. The keyboard journeys are
 * in keyboard.spec.ts; the axe checks in accessibility.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support/site.ts';
import { requireBuild } from '../build/helpers.ts';
import { builtSites, htmlFilesOf, samplePages, urlPathOf } from '../page-types.ts';

requireBuild();

const screenHeight = 844;
const widths = [320, 390];

for (const built of builtSites()) {
  describe(`small screens on the ${built.name}`, () => {
    const site = useSite(built.dir);
    // The CMS admins (skipAxe) are a third-party app for staff, not public pages.
    const paths = samplePages(htmlFilesOf(built), built.types)
      .filter(({ type, file }) => file !== undefined && type.skipAxe === undefined)
      .map(({ type, file }) => ({
        type: type.name,
        path: type.name === '404' ? '/this-page-does-not-exist/' : urlPathOf(file ?? ''),
      }));

    it('has pages to check', () => {
      expect(paths.length).toBeGreaterThan(4);
    });

    for (const width of widths) {
      it(`at ${String(width)} px wide: no sideways scrolling, and the first heading in the top third`, async () => {
        const page = await site.page('/');
        await page.setViewportSize({ width, height: screenHeight });
        const problems: string[] = [];
        for (const { type, path } of paths) {
          await page.goto(path);
          const { headingTop, scrollWidth } = await page.evaluate(() => ({
            headingTop: (document.querySelector('h1')?.getBoundingClientRect().top ?? Infinity) + window.scrollY,
            scrollWidth: document.documentElement.scrollWidth,
          }));
          if (headingTop > screenHeight / 3) {
            problems.push(`${type} (${path}): h1 starts ${String(Math.round(headingTop))} px down`);
          }
          if (scrollWidth > width) problems.push(`${type} (${path}): ${String(scrollWidth)} px wide`);
        }
        expect(problems).toEqual([]);
      });
    }
  });
}
