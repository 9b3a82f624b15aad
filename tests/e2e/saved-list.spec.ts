import { describe, expect, it } from 'vitest';
import { useSite } from './support/site.ts';
import { axeViolations } from './support/axe.ts';

const site = useSite();

describe('saved list', () => {
  it('saves a service, shows it on My list, and the share link restores it elsewhere', async () => {
    const page = await site.page('/services/kooth/');
    const save = page.getByRole('button', { name: 'Save to my list' });
    await save.click();
    await expect(
      page.getByRole('button', { name: 'Saved: remove from my list' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('Saved to your list');

    await page.goto('/my-list/');
    const list = page.locator('[data-my-list]');
    await expect(list.getByRole('link', { name: 'Kooth' }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    const shareLink = await page.locator('[data-my-list-share]').inputValue();
    expect(shareLink).toMatch(/\/my-list\/\?items=services\/kooth$/);
    await expect(page.locator('[data-my-list-qr] svg').count()).resolves.toBe(1);

    // A different person (a fresh browser context: nothing stored) opens the shared link.
    const other = await site.page(new URL(shareLink).pathname + new URL(shareLink).search);
    await expect(other.locator('[data-my-list]').getByRole('link', { name: 'Kooth' }).count()).resolves.toBe(1);
    await other.getByRole('button', { name: 'Save these to my list' }).click();
    await expect(other.evaluate(() => localStorage.getItem('local-offer:saved-list'))).resolves.toBe(
      '["services/kooth"]',
    );
  });

  it('removes a listing from My list', async () => {
    const page = await site.page('/services/kooth/');
    await page.getByRole('button', { name: 'Save to my list' }).click();
    await page.goto('/my-list/');
    await page.getByRole('button', { name: 'Remove Kooth' }).click();
    await expect(page.locator('[data-my-list-empty]').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => localStorage.getItem('local-offer:saved-list'))).resolves.toBe('[]');
  });

  it('explains itself without JavaScript instead of showing a button that does nothing', async () => {
    const page = await site.page('/services/kooth/', { javaScriptEnabled: false });
    await expect(page.getByRole('button', { name: 'Save to my list' }).count()).resolves.toBe(0);
    await expect(page.locator('.save__nojs').textContent()).resolves.toContain(
      'To save listings on this device, turn on JavaScript',
    );
  });

  it('prints a service page as a one-page handout with a QR code', async () => {
    const page = await site.page('/services/kooth/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-handout').isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-handout svg').count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Exit this page' }).isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
  });
});
