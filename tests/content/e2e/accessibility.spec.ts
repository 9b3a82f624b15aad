/**
 * axe (WCAG 2.0, 2.1 and 2.2, A and AA) on one page of every page type in each
 * built site: the types and how each sample is chosen are in tests/page-types.ts.
 * A type that is not built fails, unless it is marked optional (with its reason).
 * This is the one axe pass over page types (tests/e2e/keyboard.spec.ts and layout.spec.ts have the journeys).
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../../e2e/support/site.ts';
import { axeViolations } from '../../e2e/support/axe.ts';
import { requireBuild } from '../../build/helpers.ts';
import { builtSites, htmlFilesOf, samplePages, urlPathOf } from '../../page-types.ts';

requireBuild();

for (const built of builtSites()) {
  describe(`accessibility of every page type of the ${built.name} (axe, WCAG 2.2 AA)`, () => {
    const site = useSite(built.dir);
    for (const { type, file } of samplePages(htmlFilesOf(built), built.types)) {
      if (file === undefined) {
        // An optional type this build leaves out (tests/page-types.ts says why); any other is a failure.
        if (type.optional === undefined) {
          it(`${type.name}: a page type every build has`, () => {
            expect.fail(`No ${type.name} page was built (tests/page-types.ts).`);
          });
        }
        continue;
      }
      if (type.skipAxe !== undefined) {
        // Not axe-checked (the reason is in tests/page-types.ts), but it must stay out of search engines.
        it(`${type.name} (${urlPathOf(file)}) is not axe-checked (${type.skipAxe}) and is marked noindex`, async () => {
          const page = await site.page(urlPathOf(file));
          await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toContain('noindex');
        });
        continue;
      }
      // The 404 page is checked as a visitor meets it: at an address that does not exist.
      const path = type.name === '404' ? '/this-page-does-not-exist/' : urlPathOf(file);
      it(`${type.name} (${path}) has one h1 and no violations`, async () => {
        const page = await site.page(path);
        // Let islands (search, map) render before checking what they render.
        if ((await page.locator('astro-island').count()) > 0) await page.waitForLoadState('networkidle');
        await expect(page.locator('h1').count()).resolves.toBe(1);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
