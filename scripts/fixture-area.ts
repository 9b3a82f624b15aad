/**
 * npm run build:fixture
 *
 * Builds the site as a fork would: a copy of this project whose `area/` and `content/`
 * are replaced by another area's (by default the Fixton test area in tests/fixtures/area),
 * into dist-fixture/. The code's build and browser tests read that build, so they keep
 * passing in a fork with other content; Birmingham's own tests (tests/content/) read dist/.
 *
 *   node scripts/fixture-area.ts [area folder] [--out dist-fixture] [--copy dist-fixture-project] [--no-unit]
 *
 * It then runs the unit tests inside the copy (`vitest run --project unit`, about a minute), so
 * a fork's unit tests are known to pass with another area's settings and content; the build and
 * browser tests (tests/build, tests/e2e) read the copy's build. `--no-unit` skips that run.
 *
 * The copy (dist-fixture-project/ by default) shares node_modules/ through a link and
 * leaves out git, builds, this project's own area, content and content tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../..');

/** What a copy leaves out: git, installed packages, builds, caches and what the area replaces. */
const leftOut = new Set(['.git', 'node_modules', '.astro', '.bench', 'reports', 'test-results', 'area', 'content']);
const leftOutPaths = new Set(['tests/content']);

/** Copies the project into `target` with the area (settings and content) of `areaDir`. */
export function copyProjectWithArea(areaDir: string, target: string, root = projectRoot): void {
  for (const folder of ['area', 'content']) {
    if (!existsSync(join(areaDir, folder))) {
      throw new Error(`${areaDir} has no ${folder}/ folder: an area is area/ (settings, boundaries) and content/`);
    }
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  // Top-level entries one by one: Node refuses to copy a folder into its own subfolder.
  for (const entry of readdirSync(root)) {
    if (leftOut.has(entry) || entry.startsWith('dist') || resolve(root, entry) === resolve(target)) continue;
    cpSync(join(root, entry), join(target, entry), {
      recursive: true,
      filter: (source) => !leftOutPaths.has(relative(root, source).replaceAll('\\', '/')),
    });
  }
  cpSync(join(areaDir, 'area'), join(target, 'area'), { recursive: true });
  cpSync(join(areaDir, 'content'), join(target, 'content'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(target, 'node_modules'), 'dir');
}

/** Builds a copy with `npm run build`'s script, into `outDir`; throws with the output on failure. */
export function buildCopy(copyDir: string, outDir: string, variant: 'main' | 'young' = 'main'): void {
  // The copy's own content/ and cache, whatever this process was pointed at.
  const { CONTENT_DIR: _contentDir, ASTRO_CACHE_DIR: _cacheDir, SITE_VARIANT: _variant, ...rest } = process.env;
  const env = variant === 'young' ? { ...rest, SITE_VARIANT: 'young' } : rest;
  const result = spawnSync(process.execPath, [join(copyDir, 'scripts/build.ts'), '--outDir', resolve(outDir)], {
    cwd: copyDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  if (result.status !== 0) {
    throw new Error(`The build of ${copyDir} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** Runs the unit tests inside a copy; throws with their output when any fails. */
export function unitTestCopy(copyDir: string): void {
  const { CONTENT_DIR: _contentDir, DIST_DIR: _dist, YOUNG_DIST_DIR: _young, VITEST: _vitest, ...rest } = process.env;
  // The official ORUK schema files sit beside this project (tests/support/oruk-validator.ts), not beside the copy.
  const env = { ORUK_SCHEMA_DIR: resolve(projectRoot, '..', 'shared', 'data', 'openreferral-uk'), ...rest };
  const vitest = join(copyDir, 'node_modules/vitest/vitest.mjs');
  const result = spawnSync(process.execPath, [vitest, 'run', '--project', 'unit', '--reporter=dot'], {
    cwd: copyDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  if (result.status !== 0) {
    // The failures and the summary come last; the dots before them say nothing.
    throw new Error(`The unit tests failed in ${copyDir}:\n${result.stdout.slice(-20_000)}\n${result.stderr}`);
  }
  const summary = /Tests\s+.*\(\d+\)/.exec(stripVTControlCharacters(result.stdout));
  console.log(`[fixture-area] unit tests in the copy: ${summary?.[0].replace(/\s+/g, ' ') ?? 'passed'}`);
}

function option(args: string[], name: string, fallback: string): string {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? (args[at + 1] ?? fallback) : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const areaDir = resolve(args[0] && !args[0].startsWith('--') ? args[0] : join(projectRoot, 'tests/fixtures/area'));
  const outDir = resolve(projectRoot, option(args, '--out', 'dist-fixture'));
  const youngOutDir = resolve(projectRoot, option(args, '--young-out', 'dist-fixture-young'));
  const copyDir = resolve(projectRoot, option(args, '--copy', 'dist-fixture-project'));
  const started = Date.now();
  copyProjectWithArea(areaDir, copyDir);
  buildCopy(copyDir, outDir);
  // The young people's sister site of the same area, so that links between the two sites are checked.
  buildCopy(copyDir, youngOutDir, 'young');
  const built = Date.now();
  if (!args.includes('--no-unit')) unitTestCopy(copyDir);
  console.log(
    `[fixture-area] ${relative(projectRoot, areaDir)} built into ${relative(projectRoot, outDir)}/ and ${relative(projectRoot, youngOutDir)}/ in ${((built - started) / 1000).toFixed(1)} s, unit tests in the copy ${args.includes('--no-unit') ? 'skipped' : `passed in ${((Date.now() - built) / 1000).toFixed(1)} s`}`,
  );
}
