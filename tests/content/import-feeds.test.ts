/**
 * Where Birmingham's postcode lookup (OS Code-Point Open) places a record of the council's v1 feed
 * in tests/fixtures/import: an exact point and locality of Birmingham's, so this test lives with
 * Birmingham's own. The import's tests that hold in any area, including these fixtures imported
 * through their mappings with their postcodes moved into the area, are tests/unit/import-feeds.test.ts,
 * import.test.ts and import-values.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPlan, planFromRead, type ImportPlan } from '../../src/lib/import/importer.ts';
import { orukJsonToRecords, type ReadOptions } from '../../src/lib/import/oruk-reader.ts';
import { csvToRecords, tableToRecords } from '../../src/lib/open-data/csv.ts';
import { loadSource } from '../../src/lib/import/sources.ts';
import { loadGazetteer } from '../../src/lib/import/places.ts';
import { loadBoundaries } from '../../src/lib/geo/boundaries.ts';
import { parseMarkdown } from '../../src/lib/content/front-matter.ts';

const fixtures = 'tests/fixtures/import';
const gazetteer = loadGazetteer();
const boundaries = loadBoundaries();
const today = '2026-12-06';

let dir: string;
let contentDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'local-offer-import-feeds-'));
  contentDir = join(dir, 'content');
  cpSync('tests/fixtures/export-content/organisations', join(contentDir, 'organisations'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function importPath(path: string, options: ReadOptions = {}): Promise<ImportPlan> {
  const source = await loadSource(path);
  const readOptions = { gazetteer, today, ...options };
  const read =
    source.kind === 'feed'
      ? orukJsonToRecords(source.pages, readOptions)
      : source.kind === 'csv'
        ? csvToRecords(source.text, source.sourceName, readOptions)
        : tableToRecords(source.table, source.sourceName, readOptions);
  return planFromRead(read, { contentDir, projectRoot: dir, boundaries });
}

const serviceFile = (slug: string) => parseMarkdown(readFileSync(join(contentDir, 'services', `${slug}.md`), 'utf8'));

describe("a council's v1 feed (messy)", () => {
  it('places a record by its Birmingham postcode', async () => {
    applyPlan(await importPath(`${fixtures}/council-v1.json`));
    expect(serviceFile('art-club-sparkhill-community-centre').data).toMatchObject({
      // B11 1AA from OS Code-Point Open, in the Hall Green locality.
      locations: [{ postcode: 'B11 1AA', latitude: 52.45953, longitude: -1.87138 }],
      localities: ['hall-green'],
    });
  });
});
