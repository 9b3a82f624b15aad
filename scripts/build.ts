/**
 * npm run build [-- <astro build options, e.g. --outDir somewhere>]
 *
 * Runs `astro build` in its own process, then builds the Pagefind search index
 * here once that process has ended. Indexing at `astro:build:done` (what a plain
 * `astro build` does) keeps Astro's memory alive while Pagefind takes its own:
 * gigabytes of each at the same time on a large site (docs/benchmarks.md). Any failure
 * of either step fails the build with its message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_AFTER_BUILD_ENV, indexBuiltSite } from '../src/integrations/pagefind.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
// Astro writes here the folder it built (its config decides; this script imports none of it,
// so that this process stays small while Pagefind runs).
const handOverDir = mkdtempSync(join(tmpdir(), 'local-offer-build-'));
const handOver = join(handOverDir, 'built.json');

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: {
    // Vite's bundler (Rolldown) allocates with mimalloc, which by default keeps freed memory for
    // reuse; bundling the content store leaves hundreds of MB that rendering never uses
    // (docs/benchmarks.md). Purging at once hands it back. (Set MIMALLOC_PURGE_DELAY yourself to override.)
    MIMALLOC_PURGE_DELAY: '0',
    ...process.env,
    [INDEX_AFTER_BUILD_ENV]: handOver,
  },
});
if (build.status !== 0) {
  rmSync(handOverDir, { recursive: true, force: true });
  process.exit(build.status ?? 1);
}

try {
  const { outDir } = JSON.parse(readFileSync(handOver, 'utf8')) as { outDir: string };
  await indexBuiltSite(outDir, { log: (message) => console.log(`[search-index] ${message}`) });
} catch (error) {
  console.error(`[search-index] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(handOverDir, { recursive: true, force: true });
}
