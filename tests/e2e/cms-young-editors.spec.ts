/**
 * The young editors' admin through decap-server in git mode (as `npm run cms` starts it in a
 * clone), on a temporary git repository: articles only; a saved article waits for review on its
 * own branch, goes through In review and Ready, and publishing it makes it live, with no second
 * status to set. The fixture area's admin (dist-fixture/young-editors/) on a copy of its content.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { choose, typeBody, useCmsSession } from './support/cms.ts';
import { parseMarkdown } from '../../src/lib/content/front-matter.ts';
import { testBuildDir } from '../build/helpers.ts';
import { fixtureAreaDir, fixtureContentDir } from '../support/fixture-area.ts';
import { copyProjectWithArea } from '../../scripts/fixture-area.ts';

const git = (repo: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const cms = useCmsSession({
  prefix: 'local-offer-cms-git-',
  mode: 'git',
  prepare: (repo) => {
    cpSync(fixtureContentDir, join(repo, 'content'), { recursive: true });
    git(repo, 'init', '--quiet', '--initial-branch', 'main');
    git(repo, 'config', 'user.name', 'CMS test');
    git(repo, 'config', 'user.email', 'cms-test@example.org');
    git(repo, 'config', 'commit.gpgsign', 'false');
    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'Content');
  },
});

/** What `main` holds at `path`, or '' while it does not have it. */
const onMain = (path: string) => () => {
  try {
    return git(cms.repo, 'show', `main:${path}`);
  } catch {
    return '';
  }
};

/**
 * Chooses a workflow state from the editor's "Set status" menu and waits until decap-server has
 * stored it: Decap refuses to publish an entry whose status is still updating (with an alert the
 * test's dialog handler would accept silently).
 */
async function setStatus(page: Page, status: 'In review' | 'Ready'): Promise<void> {
  await page.getByRole('button', { name: /^Status:|^Set status/ }).click();
  await page.getByRole('menuitem', { name: status }).click();
  await page.getByRole('button', { name: `Status: ${status}`, exact: true }).waitFor({ timeout: 20_000 });
}

describe('the young editors’ CMS', () => {
  it('takes an article from draft to review to published, and the built site shows it', async () => {
    const page = await cms.open('/collections/articles/new', '/young-editors/');
    await expect(
      page
        .getByText(/one word, 2 to 30 letters/)
        .first()
        .waitFor(),
    ).resolves.toBeUndefined();
    // Decap asks "Are you sure you want to publish this entry?" in a browser dialog: the reviewer says yes.
    // Any other browser dialog (such as "update status to Ready") is a failure, named in the assertion below.
    const otherDialogs: string[] = [];
    page.on('dialog', (dialog) => {
      if (!/publish this entry/i.test(dialog.message())) otherDialogs.push(dialog.message());
      void dialog.accept();
    });
    // One publishing state: the workflow's. The form has no status of its own.
    await expect(page.getByLabel('Status', { exact: true }).count()).resolves.toBe(0);
    await page.getByLabel('Title', { exact: true }).fill('Finding my feet at college');
    await page.getByLabel('Summary', { exact: true }).fill('What helped me in my first term at college.');
    await page.getByLabel('Your pen name', { exact: true }).fill('Skylark');
    await choose(page, 'Topics', 'School and college');
    await page.getByLabel('Sources', { exact: true }).fill('My own experience');
    await typeBody(page, 'The first week was hard. Here is what helped.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    // Draft: the article waits on a review branch; the site's content/ does not have it.
    const path = 'content/articles/finding-my-feet-at-college.md';
    const onBranch = `cms/articles/finding-my-feet-at-college:${path}`;
    const draftText = () => {
      try {
        return git(cms.repo, 'show', onBranch);
      } catch {
        return '';
      }
    };
    await expect.poll(draftText, { timeout: 20_000 }).toContain('Skylark');
    // decap-server switches branches while it works: ask git about main rather than the working tree.
    expect(git(cms.repo, 'ls-tree', '-r', '--name-only', 'main', 'content/')).not.toContain(
      'finding-my-feet-at-college',
    );
    expect(parseMarkdown(draftText()).data.author).toBe('Skylark');

    // In review, then Ready. Publishing without a reviewer is refused, and nothing reaches main.
    await setStatus(page, 'In review');
    await setStatus(page, 'Ready');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publish now' }).click();
    await expect(
      page.getByText(/Reviewed by: is required before an article is published/).waitFor({ timeout: 15_000 }),
    ).resolves.toBeUndefined();
    expect(onMain(path)()).toBe('');
    await page.locator('.Toastify__close-button').first().click();

    // The reviewer records who reviewed it, saves, and publishes: the article is live.
    await page.getByLabel('Reviewed by (optional)').fill('Youth Voice worker');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(draftText, { timeout: 20_000 }).toContain('Youth Voice worker');
    // Decap puts a changed entry back to Draft: the reviewer sets Ready again.
    await setStatus(page, 'Ready');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publish now' }).click();
    await expect.poll(onMain(path), { timeout: 30_000 }).toContain('Skylark');
    const published = parseMarkdown(onMain(path)());
    expect(published.data.status).toBe('published');
    expect(published.data.reviewer).toBe('Youth Voice worker');
    expect(otherDialogs).toEqual([]);

    // The site built from main shows it.
    const buildDir = testBuildDir('cms-young-editors');
    const contentDir = join(buildDir, 'content');
    mkdirSync(buildDir, { recursive: true });
    execFileSync('sh', ['-c', `git -C "${cms.repo}" archive main content | tar -x -C "${buildDir}"`]);
    const outDir = join(buildDir, 'dist');
    // Built as `npm run build:fixture` builds the area: a copy of the project with the fixture's settings.
    const project = join(buildDir, 'project');
    copyProjectWithArea(fixtureAreaDir, project);
    const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: project,
      env: { ...process.env, CONTENT_DIR: contentDir, CMS_ADMIN: 'off', ASTRO_CACHE_DIR: join(buildDir, 'cache') },
      encoding: 'utf8',
      timeout: 150_000,
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const html = readFileSync(
      join(outDir, 'young-people', 'articles', 'finding-my-feet-at-college', 'index.html'),
      'utf8',
    );
    rmSync(buildDir, { recursive: true, force: true });
    expect(html).toContain('Finding my feet at college');
    expect(html).toContain('Skylark');
  }, 240_000);

  it('offers young editors the articles only', async () => {
    const page = await cms.open('/collections/articles', '/young-editors/');
    await expect(page.getByRole('link', { name: 'Articles' }).first().waitFor()).resolves.toBeUndefined();
    await expect(page.getByRole('link', { name: 'Services and groups' }).count()).resolves.toBe(0);
  }, 60_000);
});
