/**
 * Every page and every record of the fixture area's exported Open Referral UK feed, checked
 * against the official ORUK v3 schema files when they are present next to the project
 * (../shared/data/openreferral-uk/, or ORUK_SCHEMA_DIR): records against
 * compiled/service.json, pages against the `Page` of openapi.json with service_list.json items
 * (tests/support/oruk-validator.ts). Our own schemas are checked as well, always, and a charity's
 * number is published as its organisation's identifier (the fixture's Fixton Youth Trust has one).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, orukValidators } from '../support/oruk-validator.ts';
import { charityNumberOf } from '../../src/lib/import/oruk-reader.ts';
import type { OrukService } from '../../src/schemas/oruk/service.ts';
import { distDir, requireBuild } from './helpers.ts';

beforeAll(requireBuild);

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const validators = orukValidators();
const missing = `official Open Referral UK schema files not found in ${validators.officialDir} (set ORUK_SCHEMA_DIR): only our own schemas are checked`;

describe('the exported Open Referral UK feed against the official schema', () => {
  const dir = join(distDir, 'data', 'oruk', 'services');
  const pageFiles = () => [
    ...readdirSync(dir)
      .filter((file) => /^page-\d+\.json$/.test(file))
      .map((file) => join(dir, file)),
    // Every service on one page (what the API answers where it cannot page).
    join(distDir, 'data', 'oruk', 'services.json'),
  ];

  it('has pages that pass our own page schema, each with services', () => {
    const files = pageFiles();
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const page = readJson(file) as { contents?: unknown[] };
      expect(validators.page(page), `${file}: ${errorsOf(validators.page)}`).toBe(true);
      expect(page.contents?.length ?? 0, file).toBeGreaterThan(0);
    }
  });

  it("publishes a charity's registered number as its organisation's identifier, read back by the import", () => {
    const trustRecords = pageFiles()
      .flatMap((file) => (readJson(file) as { contents: OrukService[] }).contents)
      .filter((record) => record.organization.name === 'Fixton Youth Trust (test)');
    expect(trustRecords.length).toBeGreaterThan(0);
    for (const record of trustRecords) {
      expect(record.organization.organization_identifiers).toEqual([
        expect.objectContaining({ identifier_scheme: 'GB-CHC', identifier: '0000002' }),
      ]);
      expect(charityNumberOf(record.organization)).toBe('0000002');
    }
  });

  it.skipIf(!validators.officialPage)(
    `validates every page against the official Page wrapper (skipped when ${missing})`,
    () => {
      const validate = validators.officialPage;
      if (!validate) return;
      for (const file of pageFiles()) {
        expect(validate(readJson(file)), `${file}: ${errorsOf(validate)}`).toBe(true);
      }
    },
  );

  it('the official page wrapper rejects a page that breaks it (so the check can fail)', () => {
    const validate = validators.officialPage;
    if (!validate) {
      console.info(`Skipped: ${missing}.`);
      return;
    }
    const first = readJson(join(dir, 'page-1.json')) as Record<string, unknown> & {
      contents: Record<string, unknown>[];
    };
    expect(validate({ ...first, total_items: 'many' })).toBe(false);
    expect(validate({ ...first, contents: [{ ...first.contents[0], status: 'open' }] })).toBe(false);
  });

  it.skipIf(!validators.official)(
    `validates every record file against the official service schema (skipped when ${missing})`,
    () => {
      const validate = validators.official;
      if (!validate) return;
      const records = readdirSync(dir).filter((file) => !file.startsWith('page-'));
      expect(records.length).toBeGreaterThan(0);
      for (const file of records) {
        expect(validate(readJson(join(dir, file))), `${file}: ${errorsOf(validate)}`).toBe(true);
      }
    },
  );
});
