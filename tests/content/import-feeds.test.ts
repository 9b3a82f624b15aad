/**
 * Where Birmingham's postcode lookup (OS Code-Point Open) places a record of the council's v1 feed
 * in tests/fixtures/import: an exact point and locality of Birmingham's, so this test lives with
 * Birmingham's own. The import's tests that hold in any area, including these fixtures imported
 * through their mappings with their postcodes moved into the area, are tests/unit/import-feeds.test.ts,
 * import.test.ts and import-values.test.ts; both use the sandbox of tests/support/import-sandbox.ts.
 */
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/lib/import/importer.ts';
import { importFixtures, useImportSandbox } from '../support/import-sandbox.ts';

const { importPath, serviceFile } = useImportSandbox();

describe("a council's v1 feed (messy)", () => {
  it('places a record by its Birmingham postcode', async () => {
    applyPlan(await importPath(`${importFixtures}/council-v1.json`));
    expect(serviceFile('art-club-sparkhill-community-centre').data).toMatchObject({
      // B11 1AA from OS Code-Point Open, in the Hall Green locality.
      locations: [{ postcode: 'B11 1AA', latitude: 52.45953, longitude: -1.87138 }],
      localities: ['hall-green'],
    });
  });
});
