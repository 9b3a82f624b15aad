/**
 * Builds the site from a fixture content folder into a temporary folder, once per
 * test file: `const built = buildFixture('tests/fixtures/map-content')` in a beforeAll.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FixtureBuild {
  outDir: string;
  remove: () => void;
}

export function buildFixture(contentDir: string): FixtureBuild {
  const outDir = mkdtempSync(join(tmpdir(), 'local-offer-fixture-'));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
    timeout: 170_000,
  });
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`The fixture build of ${contentDir} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
