/**
 * Builds the site from a fixture content folder into a temporary folder, once per
 * test file: `const built = buildFixture('tests/fixtures/map-content')` in a beforeAll.
 *
 * The standing pages (about, privacy...) that some pages are built from are borrowed
 * from the bundled content/ folder when the fixture has none. `env` adds build
 * settings, e.g. { SEARCH_INDEX_SPLIT: 'type' }.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { testBuildDir } from '../../build/helpers.ts';

export interface FixtureBuild {
  outDir: string;
  remove: () => void;
}

export function buildFixture(
  contentDir: string,
  borrow: readonly string[] = ['pages'],
  env: Record<string, string> = {},
): FixtureBuild {
  const workDir = testBuildDir('fixture');
  const outDir = join(workDir, 'dist');
  const content = join(workDir, 'content');
  cpSync(contentDir, content, { recursive: true });
  for (const collection of borrow) {
    const from = join('content', collection);
    if (existsSync(from) && !existsSync(join(content, collection))) {
      cpSync(from, join(content, collection), { recursive: true });
    }
  }
  const remove = () => rmSync(workDir, { recursive: true, force: true });
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    // Its own content cache, so it neither reads nor disturbs the main build's.
    env: { ...process.env, ...env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(workDir, 'cache') },
    encoding: 'utf8',
    timeout: 170_000,
  });
  if (result.status !== 0) {
    remove();
    throw new Error(`The fixture build of ${contentDir} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return { outDir, remove };
}
