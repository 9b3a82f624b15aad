/**
 * Export, import into an empty content folder, build again: the same services
 * with the same fields. Also checks that no confidential location reaches any
 * built file. Uses the fixture in tests/fixtures/export-content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { confidentialStrings, draftStrings, exportFixtureDir, loadContent } from '../support/fixture-content.ts';
import { testBuildDir } from './helpers.ts';

const work = testBuildDir('round-trip');
const firstDist = join(work, 'dist-export');
const secondDist = join(work, 'dist-import');
const exportContent = join(work, 'export-content');
const importedContent = join(work, 'content');

/** The site's standing pages (about, privacy...) must exist for a build; they are not part of the round trip. */
function withStandingPages(dir: string): void {
  cpSync(join('content', 'pages'), join(dir, 'pages'), { recursive: true });
}

function build(contentDir: string, outDir: string, cacheDir: string): void {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    // Own cache folder: other build tests may run at the same time with other content.
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir },
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (result.status !== 0) throw new Error(`build of ${contentDir} failed:\n${result.stdout}\n${result.stderr}`);
}

const orukFiles = (dist: string) => {
  const dir = join(dist, 'data', 'oruk', 'services');
  return Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(html|json|csv|geojson|xml)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

let importOutput = '';
beforeAll(() => {
  cpSync(exportFixtureDir, exportContent, { recursive: true });
  withStandingPages(exportContent);
  build(exportContent, firstDist, join(work, 'cache-1'));
  // The whole feed as one file: every service record of the export.
  const records = Object.entries(orukFiles(firstDist))
    .filter(([file]) => !file.startsWith('page-'))
    .map(([, text]) => JSON.parse(text) as unknown);
  const feed = join(work, 'feed.json');
  writeFileSync(feed, JSON.stringify(records));
  mkdirSync(importedContent);
  withStandingPages(importedContent);
  const result = spawnSync('npx', ['node', 'scripts/import.ts', feed, '--content-dir', importedContent], {
    encoding: 'utf8',
  });
  importOutput = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`import failed:\n${importOutput}`);
  build(importedContent, secondDist, join(work, 'cache-2'));
}, 400_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('round trip: export, import into an empty folder, build', () => {
  it('imports every service and its organisation', () => {
    expect(importOutput).toMatch(/5 files created:/);
  });

  it('gives the same services with the same fields', () => {
    const original = loadContent(exportFixtureDir);
    const imported = loadContent(importedContent);
    expect(imported.services.map((s) => s.id)).toEqual(original.services.map((s) => s.id));
    for (const service of original.services) {
      const copy = imported.services.find((s) => s.id === service.id);
      // Confidential locations are never exported, so they cannot come back.
      const expected = { ...service.data, locations: service.data.locations.filter((l) => !l.confidential) };
      // The import also writes its hand-edit hash (importHash), which the export has no need of.
      const { importHash, ...copied } = copy?.data ?? {};
      expect(importHash, service.id).toMatch(/^[0-9a-f]{16}$/);
      expect(copied, service.id).toEqual(expected);
      expect(copy?.body.trim(), service.id).toBe(service.body.trim());
    }
  });

  it('gives the same organisations with the same fields, the charity number included', () => {
    const original = loadContent(exportFixtureDir);
    const imported = loadContent(importedContent);
    // The feed carries the organisations that run a published service.
    expect([...imported.organisations.keys()].sort()).toEqual(['kooth', 'safe-homes-trust']);
    expect(imported.organisations.get('safe-homes-trust')?.data.charityNumber).toBe('0000001');
    for (const [id, organisation] of imported.organisations) {
      const { importHash, ...copied } = organisation.data;
      expect(importHash, id).toMatch(/^[0-9a-f]{16}$/);
      expect(copied, id).toEqual(original.organisations.get(id)?.data);
      expect(organisation.body.trim(), id).toBe(original.organisations.get(id)?.body.trim());
    }
  });

  it('builds the same Open Referral UK feed, CSV and GeoJSON again', () => {
    expect(orukFiles(secondDist)).toEqual(orukFiles(firstDist));
    for (const file of ['services.csv', 'services.geojson']) {
      expect(readFileSync(join(secondDist, 'data', file), 'utf8')).toBe(
        readFileSync(join(firstDist, 'data', file), 'utf8'),
      );
    }
  });

  it('a second import of the same feed changes nothing', () => {
    const feed = join(work, 'feed.json');
    const result = spawnSync('npx', ['node', 'scripts/import.ts', feed, '--content-dir', importedContent], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^3 files unchanged:/m);
    expect(result.stdout).not.toMatch(/created|updated|skipped/);
  });

  it('publishes no draft in any built file: no page, feed, download, sitemap or search index', () => {
    // The search index is made from the built pages, so no page means no index entry.
    for (const file of filesUnder(firstDist)) {
      const text = readFileSync(file, 'latin1');
      for (const draft of draftStrings) expect(text.includes(draft), `${draft} in ${file}`).toBe(false);
    }
  });

  it('publishes no confidential location in any built file', () => {
    for (const file of filesUnder(firstDist)) {
      const text = readFileSync(file, 'utf8');
      for (const secret of confidentialStrings) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    }
  });
});
