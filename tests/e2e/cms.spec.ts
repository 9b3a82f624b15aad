/**
 * The real Decap CMS of the fixture area, as built in dist-fixture/admin/, driven in the system
 * Chromium through its local backend: decap-server on a free port of 127.0.0.1, serving a
 * temporary copy of the Fixton content (tests/fixtures/area) that the tests remove afterwards.
 * The listing edited is Fixton Online Counselling: online, ages 11 to 25, no translation yet.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { choose, typeBody, useCmsSession } from './support/cms.ts';
import { asDecapWrites } from '../../src/lib/content/decap-form.ts';
import { testBuildDir } from '../build/helpers.ts';
import { parseMarkdown } from '../../src/lib/content/front-matter.ts';
import { fixtureAreaDir, fixtureContentDir } from '../support/fixture-area.ts';
import { copyProjectWithArea } from '../../scripts/fixture-area.ts';

/** The listing the tests edit. */
const listingId = 'fixton-online-counselling';

const cms = useCmsSession({
  prefix: 'local-offer-cms-',
  prepare: (repo) => {
    cpSync(fixtureContentDir, join(repo, 'content'), { recursive: true });
    // The listing in the form the CMS writes it, as `npm run content:normalise` leaves a real area's
    // content; the fixture's own files are written by hand.
    const listing = join(repo, 'content', 'services', `${listingId}.md`);
    writeFileSync(listing, asDecapWrites('services', readFileSync(listing, 'utf8')));
  },
});

const openConnectorsAdmin = (route: string) => cms.open(route);

async function publish(page: Page): Promise<void> {
  await page.getByText('Publish', { exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
}

const servicesDir = () => join(cms.repo, 'content', 'services');

/** The one place a checker types their role: beside "Mark as checked today". */
const roleLabel = 'Your role, never your name (remembered on this computer)';

/** Today as the admin's date picker writes it (the browser's own time zone, as the widget's). */
const todayInBrowser = (() => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
})();

describe('the connectors’ CMS', () => {
  it('creates a service that passes the schema and builds into a page', async () => {
    const page = await openConnectorsAdmin('/collections/services/new');
    await page.getByLabel('Name', { exact: true }).fill('Fixton Test Youth Group');
    await page
      .getByLabel('Summary', { exact: true })
      .fill('A free youth club for young people aged 11 to 16, with games, sport and a quiet room.');
    await choose(page, 'Run by', 'Fixton Council (test)');
    await choose(page, 'Topics', 'Mental health and wellbeing');
    await choose(page, 'Who it is for', 'Young people');
    await choose(page, 'Level of need', 'For everyone');
    await choose(page, 'Areas', 'North Fixton');
    await choose(page, 'How it is delivered', 'In a group');
    await choose(page, 'Cost type', 'Free');
    await page
      .getByLabel('How to get help', { exact: true })
      .fill('Drop in on a Tuesday evening; no referral is needed.');
    await choose(page, 'Ways in', 'Phone or drop in');
    await choose(page, 'Status', 'Running');
    // A new listing is not "checked" until someone says so, and nobody's old role is offered.
    await expect(page.getByLabel('Last checked', { exact: true }).inputValue()).resolves.toBe('');
    await expect(page.getByLabel(roleLabel).inputValue()).resolves.toBe('');
    await page.getByLabel(roleLabel).fill('Community Connector, North Fixton');
    await page.getByRole('button', { name: 'Mark as checked today' }).click();
    await page.getByLabel('Source', { exact: true }).fill('Synthetic test listing: exists only in this test.');
    await typeBody(page, 'Games, sport and a quiet room every Tuesday evening.');
    await publish(page);

    const file = join(servicesDir(), 'fixton-test-youth-group.md');
    await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
    const { data, body } = parseMarkdown(readFileSync(file, 'utf8'));
    expect(data.organisation).toBe('fixton-council');
    expect(data.assurerRole).toBe('Community Connector, North Fixton');
    expect(String(data.assuredDate instanceof Date ? data.assuredDate.toISOString() : data.assuredDate)).toMatch(
      /^\d{4}-\d{2}-\d{2}/,
    );
    expect(body).toContain('quiet room');

    // Checked and built as `npm run build:fixture` does: in a copy of the project with the fixture
    // area's settings (its localities and bounds), which the schemas read.
    const buildDir = testBuildDir('cms');
    const outDir = join(buildDir, 'dist');
    const project = join(buildDir, 'project');
    copyProjectWithArea(fixtureAreaDir, project);
    const check = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { readContentFolder } from './src/lib/content/files.ts';
         import { validateContent } from './src/lib/content/validation.ts';
         const read = readContentFolder(process.env.CONTENT_DIR, process.cwd());
         console.log(JSON.stringify({ read: read.problems, schema: validateContent(read.files).problems }));`,
      ],
      { cwd: project, env: { ...process.env, CONTENT_DIR: join(cms.repo, 'content') }, encoding: 'utf8' },
    );
    expect(check.status, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout.trim().split('\n').at(-1) ?? '{}')).toEqual({ read: [], schema: [] });

    const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: project,
      // CMS_ADMIN=off: only the public pages are needed here, and the Decap bundle is most of the build time.
      env: {
        ...process.env,
        CONTENT_DIR: join(cms.repo, 'content'),
        CMS_ADMIN: 'off',
        ASTRO_CACHE_DIR: join(buildDir, 'cache'),
      },
      encoding: 'utf8',
      timeout: 150_000,
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const html = readFileSync(join(outDir, 'services', 'fixton-test-youth-group', 'index.html'), 'utf8');
    rmSync(buildDir, { recursive: true, force: true });
    expect(html).toContain('Fixton Test Youth Group');
    expect(html).toContain('Community Connector, North Fixton');
  }, 180_000);

  it('marks a listing as checked today in one action: exactly two lines of its file change', async () => {
    const file = join(servicesDir(), `${listingId}.md`);
    const before = readFileSync(file, 'utf8');
    const page = await openConnectorsAdmin(`/collections/services/entries/${listingId}`);
    // No role typed on this computer yet: the field is empty, not the listing's previous checker,
    // and the button refuses to record a check without one.
    await expect(page.getByLabel(roleLabel).inputValue()).resolves.toBe('');
    await page.getByRole('button', { name: 'Mark as checked today' }).click();
    await expect(page.getByText('Type your role first').waitFor()).resolves.toBeUndefined();
    await page.getByLabel(roleLabel).fill('Community Connector, Online');
    await page.getByRole('button', { name: 'Mark as checked today' }).click();
    await publish(page);
    await expect
      .poll(() => readFileSync(file, 'utf8'), { timeout: 20_000 })
      .toContain('assurerRole: Community Connector, Online');
    const after = readFileSync(file, 'utf8');
    const [beforeLines, afterLines] = [before.split('\n'), after.split('\n')];
    expect(afterLines.length).toBe(beforeLines.length);
    const changed = afterLines.filter((line, index) => line !== beforeLines[index]);
    expect(changed).toEqual([`assuredDate: ${todayInBrowser}`, 'assurerRole: Community Connector, Online']);

    // The role is remembered on this computer for the next listing.
    await page.goto(cms.adminUrl(`/collections/services/entries/${listingId}`));
    await expect
      .poll(() => page.getByLabel(roleLabel).inputValue(), { timeout: 15_000 })
      .toBe('Community Connector, Online');
  }, 60_000);

  it('shows the essentials on the first screen, and the check before the optional extras', async () => {
    const page = await openConnectorsAdmin('/collections/services/new');
    const name = page.getByLabel('Name', { exact: true });
    await name.waitFor();
    const viewport = page.viewportSize();
    for (const label of ['Name', 'Summary', 'Run by']) {
      const box = await page.getByLabel(label, { exact: true }).boundingBox();
      expect(box, label).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0), `${label} is on the first screen`).toBeLessThan(
        viewport?.height ?? 720,
      );
    }
    const labels = (await page.locator('label[for]').allTextContents()).map((text) => text.trim());
    const at = (label: string) => labels.findIndex((text) => text.startsWith(label));
    expect(at('Status')).toBeGreaterThan(at('How to get help'));
    expect(at('Source')).toBeLessThan(at('Other words people use'));
    expect(at('Source')).toBeLessThan(at('Helps with'));
    // The role is typed once: beside "Mark as checked today", not again as a field of its own.
    await expect(page.getByLabel('Checked by (role)', { exact: true }).count()).resolves.toBe(0);
  }, 60_000);

  it('refuses a youngest age above the oldest on the field, in the form’s words', async () => {
    const before = readdirSync(servicesDir()).sort();
    const page = await openConnectorsAdmin(`/collections/services/entries/${listingId}`);
    await page.getByLabel('Youngest age (optional)').fill('12');
    await page.getByLabel('Oldest age (optional)').fill('5');
    await publish(page);
    const message = page.getByText('Youngest age must not be above oldest age', { exact: true });
    await expect(message.waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    await expect(page.getByText(/minimumAge/).count()).resolves.toBe(0);
    await page.getByLabel('Youngest age (optional)').fill('3');
    await expect(message.waitFor({ state: 'detached', timeout: 10_000 })).resolves.toBeUndefined();
    expect(readdirSync(servicesDir()).sort()).toEqual(before);
  }, 60_000);

  // The listing has no translation yet: the case Decap 3.x itself fails to save (src/cms/translations-format.ts).
  it("edits a listing's Urdu summary beside the English (Decap's i18n), written under translations.ur", async () => {
    const path = join(servicesDir(), `${listingId}.md`);
    const before = readFileSync(path, 'utf8');
    const page = await openConnectorsAdmin(`/collections/services/entries/${listingId}`);
    await page.getByLabel('Name', { exact: true }).waitFor();
    // The preview is the first view; the other languages are one click away.
    await page.getByTitle('Toggle i18n').click();
    await expect(page.getByText('Writing in UR').first().waitFor()).resolves.toBeUndefined();
    // Only the translated fields are offered in Urdu (Decap keeps the others in the page, hidden):
    // the summary twice, the name once.
    const shown = (label: string) =>
      page
        .getByLabel(label, { exact: true })
        .evaluateAll((fields) => fields.filter((field) => field.checkVisibility({ visibilityProperty: true })).length);
    await expect.poll(() => shown('Summary')).toBe(2);
    await expect.poll(() => shown('How to get help')).toBe(2);
    await expect.poll(() => shown('Name')).toBe(1);
    const urdu = 'بچوں اور نوجوانوں کے لیے مفت آن لائن مدد۔';
    await page.getByLabel('Summary', { exact: true }).nth(1).fill(urdu);
    await publish(page);
    await expect.poll(() => readFileSync(path, 'utf8'), { timeout: 20_000 }).toContain(urdu);
    const after = parseMarkdown(readFileSync(path, 'utf8'));
    const original = parseMarkdown(before);
    expect((after.data.translations as Record<string, Record<string, string>>).ur?.summary).toBe(urdu);
    // The English stays as it was, field for field, and the body too.
    const { translations: _after, ...englishAfter } = after.data;
    const { translations: _before, ...englishBefore } = original.data;
    expect(englishAfter).toEqual(englishBefore);
    expect(after.body).toBe(original.body);
  }, 60_000);

  it('refuses to save a service that misses a required field', async () => {
    const before = readdirSync(servicesDir()).sort();
    const page = await openConnectorsAdmin('/collections/services/new');
    await page.getByLabel('Name', { exact: true }).fill('Half Finished Listing');
    await publish(page);
    await expect(page.getByText(/missed a required field/i).waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    // On the field itself: Decap marks the empty required field.
    await expect(page.getByText('Summary is required.').waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    await page.waitForTimeout(1000);
    expect(readdirSync(servicesDir()).sort()).toEqual(before);
  }, 60_000);
});
