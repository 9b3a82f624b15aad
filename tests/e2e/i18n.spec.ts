/**
 * The interface languages in a browser: the switcher keeps the reader on the same page,
 * right-to-left pages never scroll sideways at 320 px, and on a translated page every piece
 * of English text is marked lang="en..." while no English interface string is left.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support/site.ts';
import { requireBuild } from '../build/helpers.ts';
import { defaultLanguage, languageByCode, languages } from '../../src/i18n/languages.ts';
import { fixtureArea as area } from '../support/fixture-area.ts';

requireBuild();

const site = useSite();

/** A listing that every build has: the first service page linked from the directory's "all" list. */
async function firstServicePath(page: Page): Promise<string> {
  await page.goto('/services/all/');
  const href = await page.locator('.card-list a').first().getAttribute('href');
  if (!href) throw new Error('no service listed on /services/all/');
  return href;
}

/** Waits until the map page's island has rendered its lists and the map is drawn (or has failed). */
async function mapReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const state = document.getElementById('service-map-canvas')?.dataset.state;
      return state === 'ready' || state === 'failed';
    },
    undefined,
    { timeout: 30_000 },
  );
}

/** The first link matching `selector` on the English page at `path`, as a site path. */
async function firstLinkOn(page: Page, path: string, selector: string): Promise<string> {
  await page.goto(path);
  const href = await page.locator(selector).first().getAttribute('href');
  if (!href) throw new Error(`no link matches ${selector} on ${path}`);
  return href;
}

describe('the language switcher', () => {
  it('keeps the reader on the same page in each language, and names each language in its own script', async () => {
    const page = await site.page('/');
    const servicePath = await firstServicePath(page);
    await page.goto(servicePath);
    const switcher = page.locator('nav.language-switcher');
    for (const language of languages) {
      await expect(switcher.locator(`[lang="${language.htmlLang}"]`).textContent()).resolves.toContain(
        language.ownName,
      );
    }
    await switcher.getByRole('link', { name: 'اردو' }).click();
    await page.waitForURL(`**/ur${servicePath}`);
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await page.locator('nav.language-switcher').getByRole('link', { name: 'Polski' }).click();
    await page.waitForURL(`**/pl${servicePath}`);
    await page.locator('nav.language-switcher').getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`**${servicePath}`);
    expect(new URL(page.url()).pathname).toBe(servicePath);
    // The URL holds the language: nothing is stored.
    expect(await page.context().cookies()).toEqual([]);
  });

  it('keeps the reader on the same page on every other translated page type', async () => {
    const page = await site.page('/');
    const grantPath = await firstLinkOn(page, '/grants/', '.card-list a');
    const localityPath = await firstLinkOn(page, '/localities/', '.card-list a');
    const guidePath = await firstLinkOn(page, '/guides/', '.card-list a');
    const organisationPath = await firstLinkOn(page, '/organisations/', '.card-list a');
    for (const path of [
      '/grants/',
      grantPath,
      '/localities/',
      localityPath,
      '/guides/',
      guidePath,
      '/glossary/',
      '/organisations/',
      organisationPath,
      '/autism/',
      '/mental-health/',
      '/preparing-for-adulthood/',
      '/my-list/',
      '/map/',
    ]) {
      await page.goto(`/ur${path}`);
      await expect(page.locator('html').getAttribute('lang'), path).resolves.toBe('ur');
      await page.locator('nav.language-switcher').getByRole('link', { name: 'Polski' }).click();
      await page.waitForURL(`**/pl${path}`);
      await expect(page.locator('html').getAttribute('lang'), path).resolves.toBe('pl');
    }
  });

  it('goes from /ur/ to a listing and to urgent help, all in Urdu', async () => {
    const page = await site.page('/ur/');
    await page.locator('.tiles a').first().click();
    await page.waitForURL('**/ur/services/**');
    await page.locator('.card-list a').first().click();
    await page.waitForURL('**/ur/services/*/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ur');
    await page.locator('footer').getByRole('link', { name: 'فوری مدد' }).click();
    await page.waitForURL('**/ur/urgent-help/');
    await expect(page.locator('h1').textContent()).resolves.toBe('فوری مدد');
  });
});

describe('right-to-left pages at 320 px', () => {
  for (const code of ['ur', 'ar']) {
    it(`do not scroll sideways in ${languageByCode(code)?.englishName ?? code}`, async () => {
      const page = await site.page('/');
      const servicePath = await firstServicePath(page);
      await page.goto('/');
      await page.setViewportSize({ width: 320, height: 640 });
      const topicPath = (await page.locator('.tiles a').first().getAttribute('href')) ?? '/services/';
      for (const path of ['/', '/urgent-help/', '/services/', topicPath, servicePath, '/map/']) {
        await page.goto(`/${code}${path}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `/${code}${path}`).toBeLessThanOrEqual(0);
      }
    });
  }
});

/** Latin-script words shown in the page's own language, that is outside any element marked with another lang. */
async function unmarkedEnglish(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('script, style, noscript, [hidden], .search-meta, .print-handout')) continue;
      // Marked as English, or as any language other than the page's (the switcher's language names).
      if (element.closest('[lang]')?.getAttribute('lang') !== document.documentElement.lang) continue;
      // Phone numbers, addresses of web pages and email, and abbreviations (NHS, ADHD, GP) are not English text.
      const words = (node.textContent ?? '')
        .replace(/\S+@\S+|https?:\/\/\S+|www\.\S+/g, ' ')
        .match(/[A-Za-z][a-z']{2,}/g);
      if (words) found.push(`${element.tagName.toLowerCase()}: ${words.join(' ')}`);
    }
    return found;
  });
}

describe('English inside an Urdu page', () => {
  it('is marked lang="en" wherever it appears, and no English interface string is left', async () => {
    const page = await site.page('/');
    const servicePath = await firstServicePath(page);
    const englishStrings = Object.values(defaultLanguage.strings)
      .flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message)))
      .map((message) => message.split(/\{\w+\}/)[0]?.trim() ?? '')
      .filter((text) => text.length >= 12);
    const grantPath = await firstLinkOn(page, '/grants/', '.card-list a');
    const localityPath = await firstLinkOn(page, '/localities/', '.card-list a');
    for (const path of [
      '/ur/',
      '/ur/urgent-help/',
      '/ur/services/',
      servicePath.replace(/^/, '/ur'),
      '/ur/grants/',
      `/ur${grantPath}`,
      '/ur/localities/',
      `/ur${localityPath}`,
      '/ur/guides/',
      '/ur/glossary/',
      '/ur/organisations/',
      '/ur/autism/',
      '/ur/mental-health/',
      '/ur/preparing-for-adulthood/',
      '/ur/my-list/',
      '/ur/map/',
    ]) {
      await page.goto(path);
      // The map's island words its controls, lists and status line once the map and its data are there.
      if (path.endsWith('/map/')) await mapReady(page);
      // Allowed: proper names borrowed into Urdu text in brackets after their Urdu form.
      const names = new Set(['Samaritans', 'Childline']);
      const unmarked = (await unmarkedEnglish(page)).filter((line) => !names.has(line.replace(/^\w+: /, '')));
      expect(unmarked, path).toEqual([]);
      await expect(page.locator('h1').getAttribute('lang')).resolves.toBeDefined();
      // The page's own-language text: English content marked lang="en" may quote an interface phrase.
      const text = await page.evaluate(() => {
        const own: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          if (!element || element.closest('script, style, noscript, [hidden]')) continue;
          if (element.closest('[lang]')?.getAttribute('lang') !== document.documentElement.lang) continue;
          own.push(node.textContent ?? '');
        }
        return own.join('');
      });
      expect(
        englishStrings.filter((english) => text.includes(english)),
        path,
      ).toEqual([]);
    }
    await page.goto(servicePath.replace(/^/, '/ur'));
    await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('en-GB');
    await expect(page.locator('.lede').getAttribute('lang')).resolves.toBe('en-GB');
  });
});

describe("the islands' messages in Urdu", () => {
  it("mark the English words they name: the area's name, the nearest service's name, a locality's name", async () => {
    const page = await site.page('/ur/map/');
    await mapReady(page);
    // A postcode outside the area: the message names the area (English, from its settings).
    await page.locator('#near-me-postcode').fill('B1 1AA');
    await page.locator('#near-me-postcode').press('Enter');
    const error = page.locator('#near-me-postcode-error');
    await error.waitFor();
    await expect(error.locator('span[lang="en-GB"]').first().textContent()).resolves.toBe(area.name);
    expect(await unmarkedEnglish(page)).toEqual([]);
    // A postcode inside it: the list is sorted and the status names the nearest service, marked.
    await page.locator('#near-me-postcode').fill(area.examplePostcodes[1] ?? area.examplePostcodes[0] ?? '');
    await page.locator('#near-me-postcode').press('Enter');
    const status = page.locator('.near-me__status');
    await status.locator('span[lang="en-GB"]').waitFor();
    expect(await unmarkedEnglish(page)).toEqual([]);

    // Search: the hint names a locality, and so do the locality filter's options.
    await page.goto('/ur/search/');
    await page.locator('.search-app').waitFor();
    await expect(page.locator('.search-app .hint span[lang="en-GB"]').first().textContent()).resolves.toBe(
      area.localities[0]?.label,
    );
    expect(await unmarkedEnglish(page)).toEqual([]);
  });
});

describe('search in Urdu', () => {
  it("searches the Urdu pages' own index, with the interface in Urdu", async () => {
    // "مفت" (free): the Urdu label of a cost type, written on the Urdu copies of the listings.
    const page = await site.page(`/ur/search/?q=${encodeURIComponent('مفت')}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ur');
    const firstResult = page.locator('.search-result__title a').first();
    await firstResult.waitFor();
    expect(new URL((await firstResult.getAttribute('href')) ?? '', site.url).pathname).toMatch(/^\/ur\//);
    await expect(page.locator('.search-app__count').textContent()).resolves.toMatch(/نتیج|نتائج/);
    await expect(page.locator('.search-app__heading').last().textContent()).resolves.toBe('نتائج');
  });
});

describe('the map in Urdu', () => {
  it('reads its filters from the URL, filters in Urdu and keeps the reader on Urdu pages', async () => {
    const page = await site.page('/ur/map/');
    await mapReady(page);
    await expect(page.locator('h1').textContent()).resolves.toBe('خدمات کا نقشہ');
    const category = page.locator('#map-filter-category');
    // The first type of help some listing has: its option in Urdu, and the listings it keeps.
    const choices = await category
      .locator('option')
      .evaluateAll((options) =>
        options.map((option) => ({ value: (option as HTMLOptionElement).value, label: option.textContent ?? '' })),
      );
    expect(choices[0]?.label).toBe('کوئی بھی');
    const total =
      Number((await page.locator('#map-located-list-count').textContent())?.replace(/[^\d]/g, '') ?? '0') +
      Number((await page.locator('#map-unlocated-list-count').textContent())?.replace(/[^\d]/g, '') ?? '0');
    let chosen: { value: string; label: string } | undefined;
    for (const choice of choices.slice(1)) {
      await page.goto(`/ur/map/?category=${choice.value}`);
      await mapReady(page);
      await expect.poll(() => category.inputValue(), { timeout: 15_000 }).toBe(choice.value);
      if ((await page.locator('#map-located-list > li, #map-unlocated-list > li').count()) > 0) {
        chosen = choice;
        break;
      }
    }
    if (!chosen) throw new Error('no type of help on the Urdu map has listings');
    // The label is Urdu, not the English one.
    expect(chosen.label).not.toMatch(/[A-Za-z]{3}/);
    // Every listing the filter keeps links to its Urdu page, and the status line says how many, in Urdu.
    const hrefs = await page
      .locator('.map-results__name a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/ur\/services\//);
    const status = (await page.locator('#service-map-summary').textContent()) ?? '';
    expect(status).toContain('دکھائی جا رہی ہیں');
    expect(status).not.toMatch(/[A-Za-z]{3}/);
    const shown = await page.locator('#map-located-list > li, #map-unlocated-list > li').count();
    expect(shown).toBeLessThanOrEqual(total);
    // Clearing the filter from its Urdu button takes it out of the URL.
    await page.getByRole('button', { name: 'فلٹر ہٹائیں' }).click();
    await expect.poll(() => page.evaluate(() => window.location.search)).toBe('');
    await expect(category.inputValue()).resolves.toBe('');
  });
});
