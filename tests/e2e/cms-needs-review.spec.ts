/**
 * The connectors' "Needs review" view in the real Decap admin (dist-fixture/admin/, the fixture
 * area's): the services list filtered to "Draft: needs review" and grouped by locality, so a
 * connector finishes the imported drafts of their own locality; and the list's lines, which say
 * when each listing was last checked or that a draft is not checked yet. Driven in the system Chromium
 * through decap-server on a temporary copy of the fixture content with three drafts added.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useCmsSession } from './support/cms.ts';
import { serialiseEntry } from '../../src/lib/import/importer.ts';

const draft = (name: string, localities: string[]) =>
  serialiseEntry(
    'services',
    {
      name,
      status: 'draft',
      ...(localities.length > 0 ? { localities } : {}),
      source: 'Synthetic test draft: exists only in this test.',
      imported: { publisher: 'Fixton Example Council', from: 'test-feed.json', sourceId: name, date: '2026-12-01' },
      reviewNotes: ['categories: missing'],
    },
    'Test data only.',
  );

const cms = useCmsSession({
  prefix: 'local-offer-cms-review-',
  prepare: (repo) => {
    cpSync('tests/fixtures/area/content', join(repo, 'content'), { recursive: true });
    writeFileSync(join(repo, 'content/services/north-draft-club.md'), draft('North Draft Club', ['north-fixton']));
    writeFileSync(join(repo, 'content/services/south-draft-club.md'), draft('South Draft Club', ['south-fixton']));
    writeFileSync(join(repo, 'content/services/placeless-draft.md'), draft('Placeless Draft', []));
  },
});

async function openServices(): Promise<Page> {
  const page = await cms.open('/collections/services');
  await page.getByText('Fixton Parent Cafe').first().waitFor();
  return page;
}

const bodyLines = async (page: Page) => (await page.locator('body').innerText()).split('\n').map((line) => line.trim());

describe('the connectors’ "Needs review" view', () => {
  it('says when each listing was last checked, and "not checked yet" for drafts without a date', async () => {
    const page = await openServices();
    await page.getByText('North Draft Club').first().waitFor();
    const lines = await bodyLines(page);
    expect(lines).toContain('Fixton Parent Cafe (last checked 2026-11-01)');
    expect(lines).toEqual(
      expect.arrayContaining(['North Draft Club (not checked yet)', 'Placeless Draft (not checked yet)']),
    );
    expect(lines.filter((line) => line.includes('Invalid Date'))).toEqual([]);
  });

  it('lists only the drafts, each under its locality', async () => {
    const page = await openServices();
    await page.getByRole('button', { name: 'Filter by' }).click();
    await page.getByText('Draft: needs review', { exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Group by' }).click();
    await page.getByText('Locality', { exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByText('North Draft Club').first().waitFor();
    // Each group is a heading ("Locality north-fixton", or "Other" for drafts with no locality yet)
    // followed by its entries; Decap also lists groups that have no drafts, as "No Entries".
    const lines = await bodyLines(page);
    const groups = new Map<string, string[]>();
    let current: string | undefined;
    for (const line of lines) {
      if (/^Locality |^Other$/.test(line)) {
        current = line;
        groups.set(line, []);
      } else if (current && line !== '' && line !== 'No Entries') {
        groups.get(current)?.push(line);
      }
    }
    const withEntries = Object.fromEntries([...groups].filter(([, entries]) => entries.length > 0));
    expect(withEntries).toEqual({
      'Locality north-fixton': ['North Draft Club (not checked yet)'],
      'Locality south-fixton': ['South Draft Club (not checked yet)'],
      Other: ['Placeless Draft (not checked yet)'],
    });
    // No heading shows Decap's raw list text.
    expect([...groups.keys()].filter((heading) => heading.includes('List ['))).toEqual([]);
  });
});
