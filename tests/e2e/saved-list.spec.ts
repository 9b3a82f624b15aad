/**
 * "Save to my list", My list and its share link, on the fixture area's build (dist-fixture/): a
 * service (Fixton Online Counselling) and a grant (Fixton Small Grants) of tests/fixtures/area.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support/site.ts';
import { axeViolations } from './support/axe.ts';

const site = useSite();

/** Requests a page makes for listing pages (services or grants), from now on. */
function listingRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/^\/(services|grants)\/[^/]+\/$/.test(path)) seen.push(path);
  });
  return seen;
}

describe('saved list', () => {
  it('saves a service, shows it on My list, and the share link restores it elsewhere', async () => {
    const page = await site.page('/services/fixton-online-counselling/');
    const save = page.getByRole('button', { name: 'Save to my list' });
    await save.click();
    await expect(
      page.getByRole('button', { name: 'Saved: remove from my list' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('Saved to your list');

    // Saving stored what the list shows, so My list needs no request for it.
    await expect(page.evaluate(() => localStorage.getItem('local-offer:saved-details'))).resolves.toContain(
      '"name":"Fixton Online Counselling"',
    );
    const requested = listingRequests(page);
    await page.goto('/my-list/');
    const list = page.locator('[data-my-list]');
    await expect(list.getByRole('link', { name: 'Fixton Online Counselling' }).count()).resolves.toBe(1);
    await expect(list.textContent()).resolves.toContain("Fixton test area, used by the code's tests");
    expect(requested).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    const shareLink = await page.locator('[data-my-list-share]').inputValue();
    expect(shareLink).toMatch(/\/my-list\/\?items=services\/fixton-online-counselling$/);
    await expect(page.locator('[data-my-list-qr] svg').count()).resolves.toBe(1);

    // A different person (a fresh browser context: nothing stored) opens the shared link.
    const other = await site.page(new URL(shareLink).pathname + new URL(shareLink).search);
    // Its details come from the listing's page, fetched as the list opens.
    await other.locator('[data-my-list] li').first().waitFor();
    await expect(
      other.locator('[data-my-list]').getByRole('link', { name: 'Fixton Online Counselling' }).count(),
    ).resolves.toBe(1);
    await other.getByRole('button', { name: 'Save these to my list' }).click();
    await expect(other.evaluate(() => localStorage.getItem('local-offer:saved-list'))).resolves.toBe(
      '["services/fixton-online-counselling"]',
    );
  });

  it("shows a shared link's listings from their own pages on this site, and stores nothing", async () => {
    const page = await site.page('/');
    const origin = new URL(page.url()).origin;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // Parsing the fetched pages must not trip the Content Security Policy (their inline styles).
    const policyMessages: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) policyMessages.push(message.text());
    });
    await page.goto(
      '/my-list/?items=services/fixton-online-counselling,grants/fixton-small-grants,services/no-such-listing',
    );
    const list = page.locator('[data-my-list]');
    await expect(list.getByRole('link', { name: 'Fixton Small Grants (test)' }).getAttribute('href')).resolves.toBe(
      '/grants/fixton-small-grants/',
    );
    await expect(list.getByRole('link', { name: 'Fixton Online Counselling' }).getAttribute('href')).resolves.toBe(
      '/services/fixton-online-counselling/',
    );
    await expect(list.locator(':scope > li').count()).resolves.toBe(2);
    await expect(list.textContent()).resolves.toContain('Made-up small grants for community groups');
    await expect(page.locator('[data-my-list-missing]').textContent()).resolves.toBe(
      '1 saved listing is no longer on this site.',
    );
    // Only this site was asked: the listing pages themselves (and the page's own files).
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    for (const path of [
      '/services/fixton-online-counselling/',
      '/grants/fixton-small-grants/',
      '/services/no-such-listing/',
    ]) {
      expect(requests).toContain(`${origin}${path}`);
    }
    expect(policyMessages).toEqual([]);
    // A shared list is only stored if the visitor chooses to save it.
    await expect(page.evaluate(() => Object.keys(localStorage))).resolves.toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // It prints as a handout with the QR code of the shared link.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-handout').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-my-list-qr] svg').count()).resolves.toBe(1);
    await expect(page.locator('[data-my-list-print-url]').textContent()).resolves.toContain(
      '/my-list/?items=services/fixton-online-counselling,grants/fixton-small-grants,services/no-such-listing',
    );
    await expect(list.getByRole('link', { name: 'Fixton Online Counselling' }).isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'Save these to my list' }).click();
    await expect(page.evaluate(() => localStorage.getItem('local-offer:saved-list'))).resolves.toBe(
      '["services/fixton-online-counselling","grants/fixton-small-grants"]',
    );
    await expect(page.evaluate(() => localStorage.getItem('local-offer:saved-details'))).resolves.toContain(
      '"name":"Fixton Small Grants (test)"',
    );
  });

  it('fills in a list saved before details were kept, and keeps them for next time', async () => {
    const page = await site.page('/');
    await page.evaluate(() => localStorage.setItem('local-offer:saved-list', '["services/fixton-online-counselling"]'));
    await page.goto('/my-list/');
    await page.locator('[data-my-list] li').first().waitFor();
    await expect(
      page.locator('[data-my-list]').getByRole('link', { name: 'Fixton Online Counselling' }).count(),
    ).resolves.toBe(1);
    await expect(page.evaluate(() => localStorage.getItem('local-offer:saved-details'))).resolves.toContain(
      '"name":"Fixton Online Counselling"',
    );
    await expect(page.getByRole('button', { name: 'Remove Fixton Online Counselling' }).count()).resolves.toBe(1);
  });

  it('reads only text from a listing page, never its markup', async () => {
    const page = await site.page('/');
    const evil = '<img src=x onerror="window.pwned=1">Fixton Online Counselling';
    await page.route('**/services/fixton-online-counselling/', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><meta name="description" content="<b>bold</b> text">
          <h1>Fixton Online Counselling</h1><script>window.pwned = 2</script>
          <button data-save-key="services/fixton-online-counselling" data-save-name='${evil}' data-save-phone="0800 1111">Save</button>`,
      }),
    );
    await page.goto('/my-list/?items=services/fixton-online-counselling');
    const list = page.locator('[data-my-list]');
    await list.locator('li').first().waitFor();
    await expect(list.getByRole('link', { name: evil }).count()).resolves.toBe(1);
    await expect(list.locator('img, script, b').count()).resolves.toBe(0);
    await expect(list.textContent()).resolves.toContain('<b>bold</b> text');
    await expect(list.getByRole('link', { name: '0800 1111' }).getAttribute('href')).resolves.toBe('tel:08001111');
    await expect(page.evaluate(() => (window as { pwned?: number }).pwned)).resolves.toBeUndefined();
  });

  it('says when details cannot be loaded, and still links to the listing', async () => {
    const page = await site.page('/');
    await page.route('**/services/fixton-online-counselling/', (route) => route.abort('internetdisconnected'));
    await page.goto('/my-list/?items=services/fixton-online-counselling');
    const list = page.locator('[data-my-list]');
    await expect(
      list.getByRole('link', { name: 'Saved listing /services/fixton-online-counselling/' }).getAttribute('href'),
    ).resolves.toBe('/services/fixton-online-counselling/');
    await expect(page.locator('[data-my-list-offline]').isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('removes a listing from My list', async () => {
    const page = await site.page('/services/fixton-online-counselling/');
    await page.getByRole('button', { name: 'Save to my list' }).click();
    await page.goto('/my-list/');
    await page.getByRole('button', { name: 'Remove Fixton Online Counselling' }).click();
    await expect(page.locator('[data-my-list-empty]').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => localStorage.getItem('local-offer:saved-list'))).resolves.toBe('[]');
  });

  it('explains itself without JavaScript instead of showing a button that does nothing', async () => {
    const page = await site.page('/services/fixton-online-counselling/', { javaScriptEnabled: false });
    await expect(page.getByRole('button', { name: 'Save to my list' }).count()).resolves.toBe(0);
    await expect(page.locator('.save__nojs').textContent()).resolves.toContain(
      'To save listings on this device, turn on JavaScript',
    );
  });

  it('prints a service page as a one-page handout with a QR code', async () => {
    const page = await site.page('/services/fixton-online-counselling/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-handout').isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-handout svg').count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Exit this page' }).isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
  });
});
