/**
 * Decap CMS's own interface with axe (WCAG 2.2 A and AA) in Chromium, after the repairs in
 * src/cms/admin-accessibility.ts: the login page, the list of services, and a service in the
 * editor with its markdown toolbar, list items and preview. What cannot be fixed from outside
 * Decap would be listed in docs/cms.md with its upstream issue; on these screens nothing is left.
 * The fixture area's admin (dist-fixture/admin/) on a temporary copy of its content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newLocalContext } from './support/browser.ts';
import { serveDist, type StaticServer } from './support/server.ts';
import { startDecapServer, type DecapServer } from './support/decap-server.ts';
import { axeViolations } from './support/axe.ts';
import { fixtureContentDir } from '../support/fixture-area.ts';

let repo: string;
let decap: DecapServer | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let page: Page | undefined;

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'local-offer-cms-axe-'));
  cpSync(fixtureContentDir, join(repo, 'content'), { recursive: true });
  // A body with a list, so the editor shows list items too (the fixture's own body is one line).
  const listing = join(repo, 'content', 'services', 'fixton-online-counselling.md');
  writeFileSync(
    listing,
    `${readFileSync(listing, 'utf8').trimEnd()}\n\nTest data only. It offers:\n\n- a made-up chat room;\n- a made-up counsellor.\n`,
  );
  server = await serveDist();
  decap = await startDecapServer(repo);
  browser = await launchBrowser();
  const context = await newLocalContext(browser, server.url);
  const decapOrigin = `http://127.0.0.1:${String(decap.port)}`;
  await context.route(
    (url) => url.origin === decapOrigin,
    (request) => request.continue(),
  );
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await decap?.stop();
  rmSync(repo, { recursive: true, force: true });
});

const admin = (route = '') => `/admin/?local_backend_port=${String(decap?.port)}${route ? `#${route}` : ''}`;

/** Violations once the repairs have run (they follow Decap's renders, once a frame). */
async function settledViolations(current: Page): Promise<string[]> {
  await current.waitForTimeout(500);
  return axeViolations(current);
}

describe('the CMS admin with axe', () => {
  it('has no violations on the login page', async () => {
    if (!page) throw new Error('the test setup did not finish');
    await page.goto(admin());
    await page.getByRole('button', { name: 'Login' }).waitFor();
    expect(await settledViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Login' }).click();
  }, 60_000);

  it('has no violations in the list of services', async () => {
    if (!page) throw new Error('the test setup did not finish');
    await page.goto(admin('/collections/services'));
    await page.getByText('Fixton Online Counselling').first().waitFor({ timeout: 30_000 });
    expect(await settledViolations(page)).toEqual([]);
  }, 60_000);

  it('has no violations in the service editor, with unsaved changes and the markdown toolbar', async () => {
    if (!page) throw new Error('the test setup did not finish');
    await page.goto(admin('/collections/services/entries/fixton-online-counselling'));
    const summary = page.getByLabel('Summary', { exact: true });
    await summary.waitFor({ timeout: 30_000 });
    await page.locator('[data-slate-editor="true"] li').nth(1).waitFor();
    await summary.fill('An online service for young people, changed here so the editor shows unsaved changes.');
    await expect(page.getByText('Unsaved Changes').first().waitFor()).resolves.toBeUndefined();
    expect(await settledViolations(page)).toEqual([]);
    // The rich text / Markdown switch has a name and says which mode is on.
    const modeSwitch = page.getByRole('switch', { name: 'Edit as Markdown' });
    await expect(modeSwitch.getAttribute('aria-checked')).resolves.toBe('false');
    await modeSwitch.click();
    await expect.poll(() => modeSwitch.getAttribute('aria-checked')).toBe('true');
    expect(await settledViolations(page)).toEqual([]);
  }, 90_000);

  it('has no violations with the Urdu pane beside the English, and marks its fields as Urdu', async () => {
    if (!page) throw new Error('the test setup did not finish');
    await page.goto(admin('/collections/services/entries/fixton-online-counselling'));
    await page.getByLabel('Summary', { exact: true }).waitFor({ timeout: 30_000 });
    await page.getByTitle('Toggle i18n').click();
    await page.getByText('Writing in UR').first().waitFor();
    const urduSummary = page.getByLabel('Summary', { exact: true }).nth(1);
    await urduSummary.fill('بچوں اور نوجوانوں کے لیے مفت آن لائن مدد۔');
    // Typed right to left, and read out as Urdu (WCAG 3.1.2); the English stays English.
    await expect.poll(() => urduSummary.getAttribute('lang')).toBe('ur');
    await expect(urduSummary.getAttribute('dir')).resolves.toBe('rtl');
    await expect(page.getByLabel('Summary', { exact: true }).first().getAttribute('lang')).resolves.toBeNull();
    // The fields not translated stay in the Urdu pane, invisible (to keep the rows level), and out of reach.
    const urduName = page.getByLabel('Name', { exact: true }).nth(1);
    await expect(urduName.evaluate((field) => field.closest('[inert]') !== null)).resolves.toBe(true);
    await expect(urduSummary.evaluate((field) => field.closest('[inert]') !== null)).resolves.toBe(false);
    expect(await settledViolations(page)).toEqual([]);
    // Back to the preview, as the other tests and editors expect to find it.
    await page.getByTitle('Toggle i18n').click();
  }, 90_000);
});
