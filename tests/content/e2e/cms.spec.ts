/**
 * The real Decap CMS, as built in dist/admin/, driven in the system Chromium
 * through its local backend: decap-server on a free port of 127.0.0.1, serving a
 * temporary copy of content/ that the tests remove afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { choose, openAdmin, typeBody } from '../../e2e/support/cms.ts';
import { serveDist, type StaticServer } from '../../e2e/support/server.ts';
import { startDecapServer, type DecapServer } from '../../e2e/support/decap-server.ts';
import { readContentFolder } from '../../../src/lib/content/files.ts';
import { validateContent } from '../../../src/lib/content/validation.ts';
import { testBuildDir } from '../../build/helpers.ts';
import { parseMarkdown } from '../../../src/lib/content/front-matter.ts';

let repo: string;
let decap: DecapServer | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'local-offer-cms-'));
  cpSync('content', join(repo, 'content'), { recursive: true });
  server = await serveDist();
  decap = await startDecapServer(repo);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await decap?.stop();
  rmSync(repo, { recursive: true, force: true });
});

const openConnectorsAdmin = (route: string) => {
  if (!browser || !server || !decap) throw new Error('the test setup did not finish');
  return openAdmin(browser, server.url, { path: '/admin/', port: decap.port, route });
};

async function publish(page: Page): Promise<void> {
  await page.getByText('Publish', { exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
}

const servicesDir = () => join(repo, 'content', 'services');

describe('the connectors’ CMS', () => {
  it('creates a service that passes the schema and builds into a page', async () => {
    const page = await openConnectorsAdmin('/collections/services/new');
    await page.getByLabel('Name', { exact: true }).fill('Stockland Green Youth Club');
    await page
      .getByLabel('Summary', { exact: true })
      .fill('A free youth club for young people aged 11 to 16, with games, sport and a quiet room.');
    await choose(page, 'Run by', 'Birmingham City Council');
    await choose(page, 'Topics', 'Mental health and wellbeing');
    await choose(page, 'Who it is for', 'Young people');
    await choose(page, 'Level of need', 'For everyone');
    await choose(page, 'Areas', 'Erdington');
    await choose(page, 'How it is delivered', 'In a group');
    await choose(page, 'Cost type', 'Free');
    await page
      .getByLabel('How to get help', { exact: true })
      .fill('Drop in on a Tuesday evening; no referral is needed.');
    await choose(page, 'Ways in', 'Phone or drop in');
    await choose(page, 'Status', 'Running');
    await page.getByLabel('Your role (remembered on this computer)').fill('Community Connector, Erdington');
    await page.getByRole('button', { name: 'Mark as checked today' }).click();
    await page.getByLabel('Source', { exact: true }).fill('Visit by the Erdington Community Connector, 2026');
    await typeBody(page, 'Games, sport and a quiet room every Tuesday evening.');
    await publish(page);

    const file = join(servicesDir(), 'stockland-green-youth-club.md');
    await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
    const { data, body } = parseMarkdown(readFileSync(file, 'utf8'));
    expect(data.organisation).toBe('birmingham-city-council');
    expect(data.assurerRole).toBe('Community Connector, Erdington');
    expect(String(data.assuredDate instanceof Date ? data.assuredDate.toISOString() : data.assuredDate)).toMatch(
      /^\d{4}-\d{2}-\d{2}/,
    );
    expect(body).toContain('quiet room');

    const { files, problems: readProblems } = readContentFolder(join(repo, 'content'), repo);
    expect(readProblems).toEqual([]);
    expect(validateContent(files).problems).toEqual([]);

    const buildDir = testBuildDir('cms');
    const outDir = join(buildDir, 'dist');
    const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      // CMS_ADMIN=off: only the public pages are needed here, and the Decap bundle is most of the build time.
      env: {
        ...process.env,
        CONTENT_DIR: join(repo, 'content'),
        CMS_ADMIN: 'off',
        ASTRO_CACHE_DIR: join(buildDir, 'cache'),
      },
      encoding: 'utf8',
      timeout: 150_000,
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const html = readFileSync(join(outDir, 'services', 'stockland-green-youth-club', 'index.html'), 'utf8');
    rmSync(buildDir, { recursive: true, force: true });
    expect(html).toContain('Stockland Green Youth Club');
    expect(html).toContain('Community Connector, Erdington');
  }, 180_000);

  it('marks a listing as checked today in one action, changing nothing else', async () => {
    const file = join(servicesDir(), 'kooth.md');
    const original = parseMarkdown(readFileSync(file, 'utf8'));
    const page = await openConnectorsAdmin('/collections/services/entries/kooth');
    await page.getByLabel('Your role (remembered on this computer)').fill('Community Connector, Online');
    await page.getByRole('button', { name: 'Mark as checked today' }).click();
    await publish(page);
    await expect
      .poll(() => parseMarkdown(readFileSync(file, 'utf8')).data.assurerRole, { timeout: 20_000 })
      .toBe('Community Connector, Online');
    const saved = parseMarkdown(readFileSync(file, 'utf8'));
    const { assuredDate, assurerRole: _role, ...rest } = saved.data;
    const { assuredDate: oldDate, assurerRole: _oldRole, ...originalRest } = original.data;
    const asDay = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);
    // YAML may read a date back as a Date or a string: compare them as YYYY-MM-DD.
    const plain = (data: object) =>
      JSON.stringify(data, (_key, value: unknown) =>
        typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00.000Z$/.test(value) ? value.slice(0, 10) : value,
      );
    expect(asDay(assuredDate)).toBe(new Date().toISOString().slice(0, 10));
    expect(asDay(oldDate)).toBe('2021-02-09');
    expect(plain(rest)).toBe(plain(originalRest));
    expect(saved.body.trim()).toBe(original.body.trim());
  }, 60_000);

  it('refuses to save a service that misses a required field', async () => {
    const before = readdirSync(servicesDir()).sort();
    const page = await openConnectorsAdmin('/collections/services/new');
    await page.getByLabel('Name', { exact: true }).fill('Half Finished Listing');
    await publish(page);
    await expect(page.getByText(/missed a required field/i).waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    await page.waitForTimeout(1000);
    expect(readdirSync(servicesDir()).sort()).toEqual(before);
  }, 60_000);
});
