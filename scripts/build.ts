/**
 * npm run build [-- <astro build options, e.g. --outDir somewhere>]
 *
 * Runs `astro build` in its own process, then builds the Pagefind search index
 * here once that process has ended. Indexing at `astro:build:done` (what a plain
 * `astro build` does) keeps Astro's memory alive while Pagefind takes its own:
 * at 10,000 listings that is about 2.4 GB and 2 GB at the same time. Any failure
 * of either step fails the build with its message.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import config from '../astro.config.mjs';
import { INDEX_AFTER_BUILD_ENV, indexBuiltSite } from '../src/integrations/pagefind.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);

/** `--outDir x` or `--outDir=x` as given to astro build, else the config's. */
function outDirOf(options: readonly string[]): string {
  const at = options.indexOf('--outDir');
  const given = at >= 0 ? options[at + 1] : options.find((arg) => arg.startsWith('--outDir='))?.slice(9);
  if (given) return resolve(root, given);
  const configured = config.outDir ?? 'dist';
  return typeof configured === 'string' ? resolve(root, configured) : fileURLToPath(configured);
}

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build', ...args], {
  cwd: root,
  stdio: 'inherit',
  env: {
    // Vite's bundler (Rolldown) allocates with mimalloc, which by default keeps freed memory for
    // reuse; bundling the content store leaves about 0.5 GB at 3,000 listings that rendering never
    // uses. Purging at once hands it back. (Set MIMALLOC_PURGE_DELAY yourself to override.)
    MIMALLOC_PURGE_DELAY: '0',
    ...process.env,
    [INDEX_AFTER_BUILD_ENV]: '1',
  },
});
if (build.status !== 0) process.exit(build.status ?? 1);

try {
  await indexBuiltSite(outDirOf(args), { log: (message) => console.log(`[search-index] ${message}`) });
} catch (error) {
  console.error(`[search-index] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
