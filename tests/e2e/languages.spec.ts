/**
 * Languages spoken and plain words, on a small fixture (tests/fixtures/languages-content):
 * a service whose staff speak Urdu, one Polish, one that has not said; two glossary entries.
 * The search filter and the map filter find the Urdu speakers; glossary links work with
 * JavaScript off.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useFixtureSite } from './support/site.ts';
import { axeViolations } from './support/axe.ts';

const site = useFixtureSite('./tests/fixtures/languages-content');
const open = (path: string, javaScriptEnabled = true): Promise<Page> => site.page(path, { javaScriptEnabled });

const html = (path: string) => readFileSync(join(site.outDir, path, 'index.html'), 'utf8');

describe('languages spoken', () => {
  it('names each language in its own script and in English on the listing page, and says about interpreters', async () => {
    const page = await open('/services/fixture-urdu-parent-group/');
    const facts = (await page.locator('main').textContent()) ?? '';
    expect(facts).toContain('English, اردو (Urdu)');
    expect(facts).toContain('An interpreter can be arranged');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists the services that speak Urdu on their own browse page, the language marked with its lang and dir', async () => {
    const page = await open('/services/language/ur/');
    const urdu = page.locator('.lede span[lang="ur"]');
    await expect(urdu.textContent()).resolves.toBe('اردو');
    await expect(urdu.getAttribute('dir')).resolves.toBe('rtl');
    const titles = await page.locator('main h2, main h3').allTextContents();
    expect(titles.join('\n')).toContain('Fixture Urdu Parent Group');
    expect(titles.join('\n')).not.toContain('Fixture Polish Play Group');
    expect(await axeViolations(page)).toEqual([]);
    const index = html('services');
    expect(index).toContain('href="/services/language/ur/"');
    expect(index).toContain('href="/services/language/pl/"');
  });

  it('finds the services that speak Urdu with the search filter', async () => {
    const page = await open('/search/?language=ur');
    await page.waitForFunction(() =>
      /with 1 filter/.test(document.querySelector('.search-app__status')?.textContent ?? ''),
    );
    const titles = await page.locator('.search-result__title a').allTextContents();
    expect(titles).toEqual(['Fixture Urdu Parent Group']);
    const toggle = page.getByRole('button', { name: 'Filter results' });
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    const box = page.locator('details.facet', { hasText: 'Languages spoken' }).getByRole('checkbox', { name: /Urdu/ });
    await expect(box.isChecked()).resolves.toBe(true);
    await expect(
      page.locator('details.facet', { hasText: 'Languages spoken' }).locator('span[lang="ur"]').first().textContent(),
    ).resolves.toBe('اردو');
  });

  it('offers the languages services speak on the map, and the filter keeps Urdu speakers', async () => {
    const page = await open('/map/?language=ur');
    const select = page.getByLabel('Languages spoken');
    // The island reads the filter from the URL once it starts (slow on a loaded CI machine).
    await expect.poll(() => select.inputValue(), { timeout: 15_000 }).toBe('ur');
    const options = await select.locator('option').allTextContents();
    expect(options).toEqual(['Any', 'English', 'اردو (Urdu)', 'Polski (Polish)']);
    // The island applies the filter from the URL to the lists: only the Urdu speakers stay.
    await expect
      .poll(async () => (await page.locator('.map-results__name').allTextContents()).map((name) => name.trim()), {
        timeout: 15_000,
      })
      .toEqual(['Fixture Urdu Parent Group']);
  });
});

describe('plain words', () => {
  it('links the first use of each term, never a lookalike word, and explains it on the glossary page without JavaScript', async () => {
    const body = html('services/fixture-urdu-parent-group');
    expect(body.match(/class="glossary-link"/g)).toHaveLength(2);
    expect(body).toMatch(/href="\/glossary\/#ehcp" class="glossary-link">EHCP/);
    expect(body).toMatch(/href="\/glossary\/#send" class="glossary-link">SEND/);
    expect(body).not.toMatch(/glossary-link">send/);

    const page = await open('/services/fixture-urdu-parent-group/', false);
    const link = page.locator('a.glossary-link', { hasText: 'EHCP' });
    await expect(link.getAttribute('href')).resolves.toBe('/glossary/#ehcp');
    // Followed from the keyboard: a plain link, with no script to run.
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/glossary/' && url.hash === '#ehcp');
    const entry = page.locator('#ehcp');
    await expect(entry.textContent()).resolves.toBe('EHCP');
    await expect(entry.isVisible()).resolves.toBe(true);
    const section = page.locator('section.glossary__entry', { has: page.locator('#ehcp') });
    await expect(section.textContent()).resolves.toContain('A made-up explanation of an EHCP');
    // axe runs as a script, so the glossary page is checked again with JavaScript on.
    expect(await axeViolations(await open('/glossary/'))).toEqual([]);
  });

  it('does not link an entry to itself, but to the other entries', () => {
    const glossary = html('glossary');
    expect(glossary).toMatch(/href="\/glossary\/#ehcp" class="glossary-link"/);
    expect(glossary).not.toMatch(/href="\/glossary\/#send" class="glossary-link"/);
  });
});
