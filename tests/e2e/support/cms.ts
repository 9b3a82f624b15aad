/** Driving the Decap admin pages in tests: open one on the local backend, pick options, save. */
import type { Browser, Page } from 'playwright-core';
import { newLocalContext } from './browser.ts';

/** An admin page (`/admin/` or `/young-editors/`) on the local backend at `port`, logged in, at a Decap route. */
export async function openAdmin(
  browser: Browser,
  siteUrl: string,
  options: { path: string; port: number; route: string },
): Promise<Page> {
  const context = await newLocalContext(browser, siteUrl);
  // The local context aborts other origins; decap-server is the one exception.
  await context.route(
    (url) => url.origin === `http://127.0.0.1:${String(options.port)}`,
    (request) => request.continue(),
  );
  const page = await context.newPage();
  await page.goto(`${options.path}?local_backend_port=${String(options.port)}#${options.route}`);
  await page.getByRole('button', { name: 'Login' }).click();
  return page;
}

/** Picks an option of a select or relation widget (react-select) by its visible label. */
export async function choose(page: Page, field: string, option: string): Promise<void> {
  const input = page.getByLabel(field, { exact: true });
  await input.click();
  await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types into the markdown body (Decap's rich text editor). */
export async function typeBody(page: Page, text: string): Promise<void> {
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type(text);
}
