/**
 * axe (WCAG 2.0, 2.1 and 2.2, A and AA) on one page of every page type in each
 * built site: the types and how each sample is chosen are in tests/page-types.ts.
 * A type that is not built fails, unless it is marked optional (with its reason).
 * This is the one axe pass over page types (tests/e2e/keyboard.spec.ts and layout.spec.ts have the journeys).
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support/site.ts';
import { axeViolations } from './support/axe.ts';
import { requireBuild } from '../build/helpers.ts';
import { builtSites, htmlFilesOf, samplePages, urlPathOf } from '../page-types.ts';
import { languageByCode } from '../../src/i18n/languages.ts';

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

/**
 * The same pass in Urdu (right to left) and Polish: one page of every type built in that
 * language, so a translated interface, its direction and its English fragments are checked too.
 */
const main = builtSites()[0];
for (const code of ['ur', 'pl']) {
  const language = languageByCode(code);
  if (!main || !language) continue;
  describe(`accessibility of every translated page type in ${language.englishName} (axe, WCAG 2.2 AA)`, () => {
    const site = useSite(main.dir);
    const samples = samplePages(htmlFilesOf(main), main.types, code).filter(
      (sample) => sample.file !== undefined && sample.type.skipAxe === undefined,
    );
    it(`has translated pages to check`, () => {
      expect(samples.map((sample) => sample.type.name)).toEqual(expect.arrayContaining(['home', 'service']));
    });
    for (const { type, file } of samples) {
      const path = urlPathOf(file ?? '');
      it(`${type.name} (${path}) has one h1, lang="${language.htmlLang}" and no violations`, async () => {
        const page = await site.page(path);
        if ((await page.locator('astro-island').count()) > 0) await page.waitForLoadState('networkidle');
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(language.htmlLang);
        await expect(page.locator('html').getAttribute('dir')).resolves.toBe(language.dir);
        await expect(page.locator('h1').count()).resolves.toBe(1);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
