import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/site.ts';
import { distDir } from '../build/helpers.ts';
import { facets } from '../../src/lib/directory/browse.ts';

const site = useSite();

/** Service pages: services/<id>/index.html, not the browse folders (all/ and one per facet). */
const browseFolders = new Set(['all', ...facets.map((facet) => facet.key)]);
const serviceIds = readdirSync(join(distDir, 'services'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !browseFolders.has(entry.name))
  .map((entry) => entry.name);

describe('printed handouts', () => {
  it('prints every service page on one A4 sheet, with its QR code', async () => {
    expect(serviceIds.length).toBeGreaterThan(10);
    const page = await site.page('/');
    const overOneSheet: string[] = [];
    for (const id of serviceIds) {
      await page.goto(`/services/${id}/`);
      await expect(page.locator('.print-handout svg').count()).resolves.toBe(1);
      const pdf = await page.pdf({ format: 'A4' });
      const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      if (sheets !== 1) overOneSheet.push(`${id}: ${String(sheets)} sheets`);
    }
    expect(overOneSheet).toEqual([]);
  });
});
