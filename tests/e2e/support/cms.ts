/** Driving the Decap admin pages in tests: open one on the local backend, pick options, save. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newLocalContext } from './browser.ts';
import { startDecapServer, type DecapServer } from './decap-server.ts';
import { serveDist, type StaticServer } from './server.ts';

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

/**
 * One spec file's CMS session: a temporary content repository (filled by `prepare`), the built
 * site, decap-server over the repository (`fs`, or `git` as `npm run cms` runs it in a clone)
 * and a browser, started before the file's tests and removed after them.
 */
export interface CmsSession {
  /** The temporary repository decap-server reads and writes. */
  readonly repo: string;
  /** The admin's address for a Decap route, for a page already logged in to go to. */
  adminUrl(route: string, path?: string): string;
  /** An admin page (`/admin/` unless `path` says `/young-editors/`), logged in, at a Decap route. */
  open(route: string, path?: string): Promise<Page>;
}

export function useCmsSession(options: {
  /** The temporary folder's name prefix. */
  prefix: string;
  mode?: 'fs' | 'git';
  /** Fills the repository (content, git history) before decap-server starts. */
  prepare: (repo: string) => void;
}): CmsSession {
  let repo = '';
  let decap: DecapServer | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), options.prefix));
    options.prepare(repo);
    server = await serveDist();
    decap = await startDecapServer(repo, options.mode ?? 'fs');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await decap?.stop();
    if (repo) rmSync(repo, { recursive: true, force: true });
  });
  return {
    get repo() {
      return repo;
    },
    adminUrl(route, path = '/admin/') {
      if (!decap) throw new Error('the test setup did not finish');
      return `${path}?local_backend_port=${String(decap.port)}#${route}`;
    },
    open(route, path = '/admin/') {
      if (!browser || !server || !decap) throw new Error('the test setup did not finish');
      return openAdmin(browser, server.url, { path, port: decap.port, route });
    },
  };
}
