/**
 * The young editors' admin through decap-server in git mode, on a temporary git
 * repository: articles only, and a saved article waits for review on its own
 * branch instead of reaching content/ (Decap's editorial workflow).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { choose, openAdmin, typeBody } from '../../e2e/support/cms.ts';
import { serveDist, type StaticServer } from '../../e2e/support/server.ts';
import { startDecapServer, type DecapServer } from '../../e2e/support/decap-server.ts';
import { parseMarkdown } from '../../../src/lib/content/front-matter.ts';

let repo: string;
let decap: DecapServer | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'local-offer-cms-git-'));
  cpSync('content', join(repo, 'content'), { recursive: true });
  git('init', '--quiet', '--initial-branch', 'main');
  git('config', 'user.name', 'CMS test');
  git('config', 'user.email', 'cms-test@example.org');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Content');
  server = await serveDist();
  decap = await startDecapServer(repo, 'git');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await decap?.stop();
  rmSync(repo, { recursive: true, force: true });
});

describe('the young editors’ CMS', () => {
  it('offers articles only, and sends a new article to review instead of the site', async () => {
    if (!browser || !server || !decap) throw new Error('the test setup did not finish');
    const page = await openAdmin(browser, server.url, {
      path: '/young-editors/',
      port: decap.port,
      route: '/collections/articles/new',
    });
    await expect(
      page
        .getByText(/one word, 2 to 30 letters/)
        .first()
        .waitFor(),
    ).resolves.toBeUndefined();
    await page.getByLabel('Title', { exact: true }).fill('Finding my feet at college');
    await page.getByLabel('Summary', { exact: true }).fill('What helped me in my first term at college.');
    await page.getByLabel('Your pen name', { exact: true }).fill('Skylark');
    await choose(page, 'Topics', 'School and college');
    await page.getByLabel('Sources', { exact: true }).fill('My own experience');
    await typeBody(page, 'The first week was hard. Here is what helped.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    // The article waits on a review branch; the site's content/ does not have it.
    const onBranch = 'cms/articles/finding-my-feet-at-college:content/articles/finding-my-feet-at-college.md';
    const draftText = () => {
      try {
        return git('show', onBranch);
      } catch {
        return '';
      }
    };
    await expect.poll(draftText, { timeout: 20_000 }).toContain('Skylark');
    // decap-server switches branches while it works: ask git about main rather than the working tree.
    expect(git('ls-tree', '-r', '--name-only', 'main', 'content/')).not.toContain('finding-my-feet-at-college');
    const draft = parseMarkdown(draftText());
    expect(draft.data.author).toBe('Skylark');
    expect(draft.data.status).toBe('draft');

    // Only the articles collection is offered to young editors.
    await page.goto(`/young-editors/?local_backend_port=${String(decap.port)}#/collections/articles`);
    await expect(page.getByRole('link', { name: 'Articles' }).first().waitFor()).resolves.toBeUndefined();
    await expect(page.getByRole('link', { name: 'Services and groups' }).count()).resolves.toBe(0);
  }, 90_000);
});
