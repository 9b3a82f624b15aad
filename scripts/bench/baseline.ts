/**
 * The minimal Astro site the build targets are compared with, built from the
 * same listings on the same machine in the same run.
 *
 * Issue 25 sets the build's targets as ratios to this site: a page per listing
 * with its name, summary and Markdown, no layout, no other pages, then a Pagefind
 * index of it, built into .bench/baseline-<size> and timed and sampled like the
 * site's own build. Machines like this one vary from hour to hour; the ratio
 * between the two builds, taken minutes apart, does much less.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mb, measureBuild, seconds, type BuildResult } from './build-run.ts';
import { waitForQuiet } from './quiet.ts';
import type { BenchSection } from './types.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The minimal site's files: the folder sits under the project, so `astro` and `pagefind` resolve from its node_modules. */
const siteFiles: Record<string, string> = {
  'astro.config.mjs': `export default { output: 'static', build: { format: 'directory' } };\n`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  services: defineCollection({
    loader: glob({ base: process.env.BASELINE_SERVICES_DIR ?? 'missing', pattern: '**/*.md' }),
    schema: z.object({ name: z.string(), summary: z.string() }),
  }),
};
`,
  'src/pages/services/[id].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const services = await getCollection('services');
  return services.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.name}</title></head>
  <body>
    <main data-pagefind-body><h1>{entry.data.name}</h1><p>{entry.data.summary}</p><Content /></main>
  </body>
</html>
`,
  // astro build, then Pagefind over what it wrote (as the site's own build does, in one process tree).
  'build.mjs': `import { spawnSync } from 'node:child_process';
import * as pagefind from 'pagefind';

const astro = spawnSync(process.execPath, [process.env.BASELINE_ASTRO_BIN, 'build'], { stdio: 'inherit' });
if (astro.status !== 0) process.exit(astro.status ?? 1);
const started = Date.now();
const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
const added = await index.addDirectory({ path: 'dist' });
const written = await index.writeFiles({ outputPath: 'dist/pagefind' });
await pagefind.close();
const errors = [...added.errors, ...written.errors];
if (errors.length > 0) throw new Error(errors.join('\\n'));
console.log('Search index: ' + added.page_count + ' pages in ' + (Date.now() - started) + ' ms');
`,
};

/** Builds the minimal site from `contentDir`'s services into .bench/baseline-<size>, measured like the site's own build. */
export async function buildMinimalSite(size: number, contentDir: string): Promise<BuildResult> {
  const siteDir = join(root, '.bench', `baseline-${String(size)}`);
  rmSync(siteDir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(siteFiles)) {
    mkdirSync(dirname(join(siteDir, file)), { recursive: true });
    writeFileSync(join(siteDir, file), text);
  }
  // The site's build has just written tens of thousands of files: let the disk settle first.
  await waitForQuiet(0.1, 60_000);
  return measureBuild([join(siteDir, 'build.mjs')], siteDir, {
    ...process.env,
    BASELINE_SERVICES_DIR: join(contentDir, 'services'),
    BASELINE_ASTRO_BIN: join(root, 'node_modules/astro/bin/astro.mjs'),
    ASTRO_TELEMETRY_DISABLED: '1',
  });
}

/** The minimal site's figures, for the report. */
export function baselineSection(size: number, baseline: BuildResult): BenchSection {
  const { loadingMs, renderingMs, searchIndexMs } = baseline.phases;
  const phase = (ms: number | undefined) => (ms === undefined ? 'not in its log' : seconds(ms));
  return {
    title: 'Minimal Astro site, same listings, same machine',
    rows: [
      [
        'Build and search index (a page per listing: name, summary and Markdown; no layout, no other pages)',
        seconds(baseline.ms),
      ],
      ...(baseline.cpuSeconds === undefined
        ? []
        : ([['CPU time (user + system, GNU time)', `${baseline.cpuSeconds.toFixed(1)} s`]] as [string, string][])),
      ['of which: loading and Markdown', phase(loadingMs)],
      ['of which: rendering', phase(renderingMs)],
      ['of which: the Pagefind search index', phase(searchIndexMs)],
      ['Peak memory, whole process tree', mb(baseline.peakTreeBytes)],
    ],
    notes: [
      `Built right after this site's build, in .bench/baseline-${String(size)} (scripts/bench/baseline.ts); its ratios to this site head this file.`,
    ],
  };
}
