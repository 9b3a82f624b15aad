/**
 * The minimal Astro site the build targets are compared with, built from the
 * same listings on the same machine in the same run.
 *
 * Issue 4 set its build targets from "a minimal Astro 7 site" (10,000 listings
 * in 25 to 31 s and 1.2 GB). This builds one into .bench/baseline-<size>: a page
 * per listing with its name, summary and Markdown, no layout, no other pages,
 * then a Pagefind index of it, timed and sampled like the site's own build.
 * Machines like this one vary from hour to hour; the ratio between the two
 * builds, taken minutes apart, does much less.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mb, measureBuild, seconds } from '../build-run.ts';
import { waitForQuiet } from '../quiet.ts';
import type { BenchMeasure } from '../types.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

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

const times = (ours: number, theirs: number) => `${(ours / theirs).toFixed(1)}×`;

/** Issue 4's targets at the sizes it set them for, and what it measured for a minimal site there. */
const issueFigures: Record<number, { targets: string; minimal: string }> = {
  10000: { targets: '60 s, 2 GB', minimal: '25 to 31 s and 1.2 GB' },
  100000: { targets: '5 minutes', minimal: 'about 3 minutes and 4.5 GB' },
};

const measureBaseline: BenchMeasure = async ({ size, contentDir, build, pages }) => {
  const siteDir = join(root, '.bench', `baseline-${String(size)}`);
  rmSync(siteDir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(siteFiles)) {
    mkdirSync(dirname(join(siteDir, file)), { recursive: true });
    writeFileSync(join(siteDir, file), text);
  }
  // The site's build has just written tens of thousands of files: let the disk settle first.
  await waitForQuiet(0.1, 60_000);
  const baseline = await measureBuild([join(siteDir, 'build.mjs')], siteDir, {
    ...process.env,
    BASELINE_SERVICES_DIR: join(contentDir, 'services'),
    BASELINE_ASTRO_BIN: join(root, 'node_modules/astro/bin/astro.mjs'),
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  const { loadingMs, renderingMs, searchIndexMs } = baseline.phases;
  const figures = issueFigures[size];
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
      [
        'This site against it',
        `${times(build.ms, baseline.ms)} the time (${seconds(build.ms)}), ${times(build.peakTreeBytes, baseline.peakTreeBytes)} the peak memory (${mb(build.peakTreeBytes)}), for ${pages.toLocaleString('en-GB')} pages and their data files instead of one page per listing`,
      ],
    ],
    notes: [
      `Built right after this site's build, in .bench/baseline-${String(size)} (scripts/bench/measures/baseline.ts).`,
      ...(figures
        ? [
            `Issue 4's targets for this site (${figures.targets}) were set beside a minimal site measured at ${figures.minimal}; ` +
              `here the minimal site took ${seconds(baseline.ms)} and ${mb(baseline.peakTreeBytes)}, and this site ${times(build.ms, baseline.ms)} as long.`,
          ]
        : []),
    ],
  };
};

export default measureBaseline;
