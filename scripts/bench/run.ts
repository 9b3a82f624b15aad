/**
 * The benchmark: `npm run bench` (never part of `npm test`).
 *
 * For each size (default 1,000 and 10,000 listings; `--size 100000` or
 * `--sizes 1000,10000,100000` to choose) it generates synthetic content in
 * .bench/content-<size>, builds the site from it into .bench/dist-<size> with
 * CONTENT_DIR, measures the build (time, peak memory of the whole process tree,
 * pages, bytes per page type), then runs every module in scripts/bench/measures/
 * and writes everything to docs/benchmarks.md (`--out` to write elsewhere).
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { handNotesOf } from './hand-notes.ts';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateContent } from './generate.ts';
import { loadAverage, mb, measureBuild, seconds, type BuildPhases, type BuildResult } from './build-run.ts';
import { baselineSection, buildMinimalSite } from './baseline.ts';
import { withOneListingChanged } from './change-to-live.ts';
import { renderProfile, timedSteps } from './profile.ts';
import { medianRows, raisedHeapLimit, type TargetRow } from './targets.ts';
import type { BenchContext, BenchMeasure, BenchSection } from './types.ts';
import { pageTypes, samplePages } from '../../tests/page-types.ts';
import { AssetSizes, pageWeight } from '../../tests/build/page-weight.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const benchDir = join(root, '.bench');

// ---- Options ---------------------------------------------------------------------------------

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index >= 0) return process.argv[index + 1];
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}
const sizeList = option('sizes') ?? option('size') ?? '1000,10000';
const sizes = sizeList.split(',').map((value) => Number(value.replace(/[_\s]/g, '')));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  throw new Error(`--size/--sizes takes whole numbers, e.g. --sizes 1000,10000 (got "${sizeList}")`);
}
const outFile = resolve(root, option('out') ?? 'docs/benchmarks.md');
const onlyMeasures = option('measures')?.split(',');
// The site and the minimal site are built this many times in turns at 1,000 listings or fewer, for
// the spread of their ratio on a shared machine; larger sizes once (a 10,000-listing pair takes minutes).
const repeat = Number(option('repeat') ?? 3);
if (!Number.isInteger(repeat) || repeat < 1)
  throw new Error(`--repeat takes a whole number of runs (got "${String(option('repeat'))}")`);
const repeatsFor = (size: number) => (size <= 1000 ? repeat : 1);
// `--no-change-to-live` leaves out the rebuild after one listing changes: a second full build,
// which at 10,000 listings with every language takes as long as the first.
const changeToLiveOn = !process.argv.includes('--no-change-to-live');
// `--languages en` builds only these languages (SITE_LANGUAGES, src/i18n/languages.ts) instead of the
// area's: each language has its own pages and Pagefind index, so English's search figures are the same.
const languagesOption = option('languages');

// ---- Helpers ---------------------------------------------------------------------------------

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const number = (n: number) => n.toLocaleString('en-GB');
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => path !== undefined && existsSync(path));
  return found ?? '';
}

/**
 * `cold`: a build with its own, empty cache (Astro's content cache would otherwise carry entries,
 * and warnings about them, from the site's own build or from another size). Otherwise the cache
 * of the last build of this size is kept, as CI keeps it between builds.
 */
async function build(contentDir: string, outDir: string, cold = true): Promise<BuildResult> {
  const cacheDir = `${outDir}-cache`;
  if (cold) rmSync(cacheDir, { recursive: true, force: true });
  // A clean start, as on a fresh clone or in CI: Astro would otherwise first delete the previous
  // run's output (tens of thousands of files; seconds on this disk) inside the timed build.
  rmSync(outDir, { recursive: true, force: true });
  // What `npm run build` runs: astro build, then the search index once Astro has exited.
  return measureBuild([join(root, 'scripts/build.ts'), '--outDir', outDir], root, {
    ...process.env,
    CONTENT_DIR: contentDir,
    ASTRO_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(languagesOption ? { SITE_LANGUAGES: languagesOption } : {}),
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dir, file)).isFile());
}

// ---- Measures --------------------------------------------------------------------------------

async function loadMeasures(): Promise<{ name: string; measure: BenchMeasure }[]> {
  const folder = join(root, 'scripts/bench/measures');
  if (!existsSync(folder)) return [];
  const names = readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.test.ts'))
    .sort();
  const measures: { name: string; measure: BenchMeasure }[] = [];
  for (const file of names) {
    const name = file.replace(/\.ts$/, '');
    if (onlyMeasures && !onlyMeasures.includes(name)) continue;
    const module = (await import(pathToFileURL(join(folder, file)).href)) as { default?: unknown };
    if (typeof module.default !== 'function') throw new Error(`${file} has no default export (a BenchMeasure)`);
    measures.push({ name, measure: module.default as BenchMeasure });
  }
  return measures;
}

interface SizeReport {
  size: number;
  build: BuildResult;
  /** The minimal Astro site built from the same listings right after (./baseline.ts). */
  minimal: BuildResult;
  /** Every pair of builds, this site's then the minimal site's, the first being `build` and `minimal`. */
  pairs: { site: BuildResult; minimal: BuildResult }[];
  /** The rebuild after one listing changed, with the caches kept (./change-to-live.ts). */
  changeToLive: BuildResult | undefined;
  pages: number;
  /** Every file written (pages, data files, assets, the search index). */
  files: number;
  distBytes: number;
  sections: BenchSection[];
}

/** Bytes per page type: the pages of each type (up to 500, spread evenly) weighed. */
function pageTypeSection(distDir: string, htmlFiles: string[]): BenchSection {
  const assets = new AssetSizes(distDir);
  const rows: [string, string][] = [];
  for (const sample of samplePages(htmlFiles)) {
    if (sample.files.length === 0) continue;
    const step = Math.max(1, Math.floor(sample.files.length / 500));
    const weights = sample.files
      .filter((_, index) => index % step === 0)
      .map((file) => pageWeight(readFileSync(join(distDir, file), 'utf8'), assets));
    const html = weights.map((w) => w.htmlBytes);
    const gzip = weights.map((w) => w.htmlGzipBytes);
    const js = weights.map((w) => w.inlineJsBytes + w.externalJsBytes);
    const transfer = weights.map((w) => w.transferBytes);
    rows.push([
      `${sample.type.name} (${number(sample.files.length)} pages)`,
      [
        `HTML ${kb(median(html))} (max ${kb(Math.max(...html))})`,
        `gzip ${kb(median(gzip))} (max ${kb(Math.max(...gzip))})`,
        `JS ${kb(Math.max(...js))}`,
        `transferred ${kb(median(transfer))} (max ${kb(Math.max(...transfer))})`,
      ].join(', '),
    ]);
  }
  return {
    title: 'Bytes per page type',
    rows,
    notes: [
      'Median and largest of up to 500 pages per type. "Transferred" is what a first visit downloads: HTML, CSS and JavaScript gzipped (as a static host serves them), plus images.',
    ],
  };
}

async function runSize(size: number, measures: { name: string; measure: BenchMeasure }[]): Promise<SizeReport> {
  const contentDir = join(benchDir, `content-${String(size)}`);
  const distDir = join(benchDir, `dist-${String(size)}`);
  console.log(`\n== ${number(size)} listings: generating content in ${relative(root, contentDir)}`);
  generateContent(size, contentDir, join(root, 'content'));
  console.log(`   building into ${relative(root, distDir)}...`);
  const result = await build(contentDir, distDir);
  console.log(`   built in ${seconds(result.ms)}, peak ${mb(result.peakTreeBytes)}`);
  writeFileSync(join(benchDir, `build-${String(size)}.log`), result.log);
  let changeToLive: BuildResult | undefined;
  if (changeToLiveOn) {
    console.log('   change to live: one listing changed, rebuilding with the caches kept...');
    ({ result: changeToLive } = await withOneListingChanged(contentDir, distDir, () =>
      build(contentDir, distDir, false),
    ));
    console.log(`   rebuilt in ${seconds(changeToLive.ms)}`);
    writeFileSync(join(benchDir, `build-${String(size)}-change-to-live.log`), changeToLive.log);
  }
  console.log('   the minimal Astro site from the same listings...');
  const minimal = await buildMinimalSite(size, contentDir);
  console.log(`   built in ${seconds(minimal.ms)}, peak ${mb(minimal.peakTreeBytes)}`);
  const pairs = [{ site: result, minimal }];
  for (let run = 2; run <= repeatsFor(size); run += 1) {
    console.log(`   pair ${String(run)} of ${String(repeatsFor(size))}: this site, then the minimal site...`);
    const site = await build(contentDir, distDir);
    const again = await buildMinimalSite(size, contentDir);
    console.log(`   ${seconds(site.ms)} and ${seconds(again.ms)}`);
    pairs.push({ site, minimal: again });
  }
  const files = filesUnder(distDir);
  const htmlFiles = files.filter((file) => file.endsWith('.html'));
  const distBytes = files.reduce((sum, file) => sum + statSync(join(distDir, file)).size, 0);
  // Page types pick their sample entries from the content the site was built from.
  process.env.CONTENT_DIR = contentDir;
  const sections = [
    profileSection(result),
    ...(changeToLive ? [changeToLiveSection(result, changeToLive)] : []),
    baselineSection(size, minimal),
    pageTypeSection(distDir, htmlFiles),
  ];
  const context: BenchContext = {
    size,
    distDir,
    contentDir,
    chromiumPath: findChromium(),
    build: result,
    pages: htmlFiles.length,
  };
  for (const { name, measure } of measures) {
    console.log(`   measure: ${name}`);
    try {
      sections.push(await measure(context));
    } catch (error) {
      sections.push({ title: name, rows: [], notes: [`This measure failed: ${String(error)}`] });
    }
  }
  return {
    size,
    build: result,
    minimal,
    pairs,
    changeToLive,
    pages: htmlFiles.length,
    files: files.length,
    distBytes,
    sections,
  };
}

// ---- Report ----------------------------------------------------------------------------------

function table(rows: string[][], header: string[] = ['Measure', 'Figure']): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const line = (cells: string[]) => `| ${cells.map(escape).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

function sectionMarkdown(section: BenchSection, level = '###'): string {
  const parts = [`${level} ${section.title}`, '', section.rows.length > 0 ? table(section.rows) : '_No figures._'];
  if (section.notes && section.notes.length > 0) parts.push('', ...section.notes.map((note) => `- ${note}`));
  return parts.join('\n');
}

/** Issue 25's targets for each size: ratios to the minimal site, phase by phase, and memory. */
function targetsMarkdown(reports: SizeReport[]): string[] {
  const header = ['Listings', 'Measure', 'This site', 'Minimal Astro + Pagefind', 'Ratio', 'Spread', 'Target', 'Met?'];
  const rows = reports.flatMap((report) =>
    medianRows(report.size, report.pairs).map((row: TargetRow) => [
      number(report.size),
      row.measure,
      row.site,
      row.minimal,
      row.ratio,
      row.spread ?? 'one run',
      row.target,
      row.verdict,
    ]),
  );
  const notes: string[] = [];
  for (const report of reports.filter((r) => r.size >= 100_000)) {
    const raised = raisedHeapLimit();
    notes.push(
      `${number(report.size)} listings on Node's default heap: ${raised ? `not measured (NODE_OPTIONS raised it: ${raised})` : `met, the build completed in ${seconds(report.build.ms)} with no heap limit set`}.`,
    );
  }
  for (const report of reports) {
    const load = Number(report.build.loadBefore);
    if (Number.isFinite(load) && load > cpus().length) {
      notes.push(
        `${number(report.size)} listings: the machine's load average was ${report.build.loadBefore} on ${String(cpus().length)} cores as the build started, so both builds waited for CPU; the CPU-time ratio is the steadier figure.`,
      );
    }
  }
  return [table(rows, header), '', ...notes.map((note) => `- ${note}`)];
}

/** The targets the measure modules state (map, search, Lighthouse), under their own heading when there are any. */
function otherTargets(reports: SizeReport[]): string[] {
  const notes = reports.flatMap((report) =>
    report.sections.flatMap((section) =>
      (section.notes ?? [])
        .filter((note) => /missed|target/i.test(note))
        .map((note) => `- ${number(report.size)} listings, ${section.title}: ${note}`),
    ),
  );
  return notes.length > 0 ? ['## Other targets missed', '', ...notes, ''] : [];
}

/** Rendering per page type and the timed steps around it, from the build's own log (./profile.ts). */
function profileSection(result: BuildResult): BenchSection {
  const rendering = renderProfile(result.log, undefined, 100);
  const renderedMs = rendering.reduce((sum, entry) => sum + entry.ms, 0);
  const rows: [string, string][] = rendering.map((entry) => [
    `Rendering: ${entry.name} (${number(entry.files)} files)`,
    `${seconds(entry.ms)}, ${(entry.ms / entry.files).toFixed(1)} ms each`,
  ]);
  const { renderingMs } = result.phases;
  if (renderingMs !== undefined) {
    rows.push([
      'Rendering: route set-up (getStaticPaths), bundling and writes not timed per file',
      seconds(Math.max(0, renderingMs - renderedMs)),
    ]);
  }
  for (const step of timedSteps(result.log)) rows.push([`${step.step}: ${step.what}`, seconds(step.ms)]);
  return {
    title: 'Profile: where the build spends its time',
    rows,
    notes: [
      "From the build's own log: Astro times each page and data file it writes; the project's steps before and after rendering time themselves. Page types as in tests/page-types.ts; types under 0.1 s are summed into one row.",
    ],
  };
}

/** The rebuild after one listing changed, against the cold build. */
function changeToLiveSection(cold: BuildResult, warm: BuildResult): BenchSection {
  const phase = (name: string, a: number | undefined, b: number | undefined): [string, string][] =>
    a === undefined || b === undefined ? [] : [[`of which: ${name}`, `${seconds(b)} (cold: ${seconds(a)})`]];
  return {
    title: 'Change to live: one listing changed, site rebuilt',
    rows: [
      [
        'A change to one listing to a rebuilt site, with the caches kept',
        `${seconds(warm.ms)} (cold build: ${seconds(cold.ms)})`,
      ],
      ...(warm.cpuSeconds === undefined || cold.cpuSeconds === undefined
        ? []
        : ([['CPU time', `${warm.cpuSeconds.toFixed(1)} s (cold: ${cold.cpuSeconds.toFixed(1)} s)`]] as [
            string,
            string,
          ][])),
      ...phase('loading', cold.phases.loadingMs, warm.phases.loadingMs),
      ...phase('rendering', cold.phases.renderingMs, warm.phases.renderingMs),
      ...phase('the search index', cold.phases.searchIndexMs, warm.phases.searchIndexMs),
      ['Peak memory, whole process tree', `${mb(warm.peakTreeBytes)} (cold: ${mb(cold.peakTreeBytes)})`],
    ],
    notes: [
      'One synthetic listing\'s description changed, then `npm run build` into an empty folder with the Astro content cache of the cold build kept (scripts/bench/change-to-live.ts), as CI does with the caches in docs/benchmarks.md, "Caches between builds". Deploying the folder is not included.',
    ],
  };
}

function phaseRows(phases: BuildPhases): [string, string][] {
  const rows: [string, string][] = [];
  if (phases.loadingMs !== undefined)
    rows.push([
      'of which: content check, loading and Markdown (Astro "Collecting build info")',
      seconds(phases.loadingMs),
    ]);
  if (phases.renderingMs !== undefined)
    rows.push([
      'of which: rendering every page and data file (Astro "generating static routes")',
      seconds(phases.renderingMs),
    ]);
  if (phases.searchIndexMs !== undefined)
    rows.push(['of which: the Pagefind search index', seconds(phases.searchIndexMs)]);
  return rows;
}

function budgetsMarkdown(): string {
  const rows: [string, string][] = pageTypes.map((type) => {
    const b = type.budgets;
    return [
      type.name,
      [
        `HTML ≤ ${kb(b.htmlBytes)}, gzip ≤ ${kb(b.htmlGzipBytes)}`,
        `CSS ≤ ${kb(b.cssBytes)}`,
        b.jsBytes === undefined ? 'JS: island, no limit' : `JS ≤ ${kb(b.jsBytes)}, this site's own`,
        b.externalScripts ? 'script files from this site only' : 'no script file',
        `transferred ≤ ${kb(b.transferBytes)}`,
      ].join('; '),
    ];
  });
  return table(rows, ['Page type', 'Limits']);
}

function machine(): [string, string][] {
  const cpu = cpus()[0]?.model ?? 'unknown';
  const load = loadAverage();
  return [
    ['CPU', `${cpu}, ${String(cpus().length)} cores`],
    ['Memory', `${(totalmem() / 1024 ** 3).toFixed(1)} GB`],
    ['Node', process.version],
    ['Platform', `${process.platform} ${process.arch}`],
    ['Load average when the run ended (1, 5, 15 min)', load],
  ];
}

async function main() {
  const measures = await loadMeasures();
  console.log(
    `Benchmark: sizes ${sizes.map(number).join(', ')}; measures: ${measures.map((m) => m.name).join(', ') || 'none'}`,
  );
  const reports: SizeReport[] = [];
  for (const size of sizes) reports.push(await runSize(size, measures));

  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  // The hand-written notes of the file this run replaces.
  const notes = handNotesOf(existsSync(outFile) ? readFileSync(outFile, 'utf8') : undefined);
  const body = [
    '# Benchmarks',
    '',
    `Measured ${date} by \`npm run bench\` (scripts/bench/run.ts). These figures are real measurements, rewritten by every run; the hand-written notes below them are carried over (scripts/bench/hand-notes.ts).`,
    '',
    '## Machine',
    '',
    table(machine()),
    '',
    '## Targets (issue 25): ratios to a minimal Astro site in the same run',
    '',
    ...targetsMarkdown(reports),
    '',
    ...otherTargets(reports),
    ...reports.flatMap((report) => [
      `## ${number(report.size)} synthetic listings`,
      '',
      sectionMarkdown({
        title: 'Build',
        rows: [
          ['Build time (npm run build: astro build, then the search index)', seconds(report.build.ms)],
          ...(report.build.cpuSeconds === undefined
            ? []
            : ([
                ['CPU time used by the build (user + system, GNU time)', `${report.build.cpuSeconds.toFixed(1)} s`],
              ] as [string, string][])),
          [
            'Machine load average as the build started (2 cores: above 2 means waiting for CPU)',
            report.build.loadBefore,
          ],
          ...phaseRows(report.build.phases),
          ['Peak memory, whole process tree (sampled every 100 ms)', mb(report.build.peakTreeBytes)],
          ...(report.build.peakProcessBytes === undefined
            ? []
            : ([['Peak memory, largest single process (GNU time)', mb(report.build.peakProcessBytes)]] as [
                string,
                string,
              ][])),
          [
            'Languages built',
            languagesOption ? `${languagesOption} only (--languages)` : "the area's setting (area/area.config.ts)",
          ],
          ['Pages (HTML files)', number(report.pages)],
          ['Files written (pages, data files, search index, assets)', number(report.files)],
          ['Size of the built site', mb(report.distBytes)],
        ],
      }),
      '',
      ...report.sections.flatMap((section) => [sectionMarkdown(section), '']),
    ]),
    ...(notes === undefined ? [] : [notes, '']),
    '## Budgets asserted by `npm test`',
    '',
    'From `tests/page-types.ts`, checked on every built page by `tests/build/budgets.test.ts`. Static page types carry no island: at most 4 KB of this site\'s own JavaScript (the quick exit and "Save to my list"); images need width, height and alt, and `loading="lazy"` unless deliberately marked `loading="eager"` (above the fold).',
    '',
    budgetsMarkdown(),
    '',
    '## Caches between builds',
    '',
    "A change to one listing need not redo what the last build did for the others. Two caches live in `.cache/` (ignored by git, and outside `node_modules`, which `npm ci` deletes): Astro's content cache (`.cache/astro`, `.cache/astro-young` for the young people's site), which keeps each entry's checked data and rendered Markdown under the digest of its file, so only changed files are parsed and rendered again; and the CMS admin bundle (`.cache/cms-admin-bundle`), rebuilt only when its sources change. A CI that keeps `.cache/` between runs (for example `actions/cache` with `path: .cache` and a key on `package-lock.json`) gets the change-to-live time above; a stale cache is safe, since Astro clears its store when its version or the content configuration changes, and the CMS bundle is keyed on its sources. The content check still reads every file (it checks references between entries, see the profile for its time), and every page and the search index are still built again: Astro renders every route of a static build, and Pagefind has no incremental index.",
    '',
    '## How to reproduce',
    '',
    '```sh',
    'npm ci',
    'npm run bench                          # 1,000 and 10,000 listings, writes docs/benchmarks.md',
    'npm run bench -- --size 100000         # the scale run (not in CI: several minutes, several GB)',
    'npm run bench -- --sizes 1000,10000,100000 --out /tmp/bench.md',
    'npm run bench -- --measures lighthouse # run only some measure modules',
    'npm run bench -- --repeat 1           # one pair of builds at 1,000 listings instead of three',
    'npm run bench -- --no-change-to-live  # leave out the rebuild after one listing changes',
    'npm run bench -- --sizes 10000 --measures search --no-change-to-live --languages en --out /tmp/search-10k.md',
    '                                       # the search figures at 10,000 listings from an English-only build',
    '```',
    '',
    'Synthetic content goes to `.bench/content-<size>` (the real `content/` plus synthetic listings and organisations, all named "Synthetic"), the built sites to `.bench/dist-<size>` and the minimal Astro site they are compared with to `.bench/baseline-<size>`; all are ignored by git. Measure modules live in `scripts/bench/measures/` (see `scripts/bench/types.ts`). The browser measures need a Chromium: `CHROMIUM_PATH`, else `/usr/bin/chromium`. `--languages en` (comma-separated codes) builds only those languages, through `SITE_LANGUAGES`, instead of the area\'s `languages` setting: each language has its own pages and its own Pagefind index, so the English search figures (first and later query bytes, warm query times) are those of the full build, in a fraction of its time; the build figures of such a run are not the full site\'s. `--out` keeps a partial run from replacing this file.',
    '',
  ].join('\n');
  writeFileSync(outFile, body);
  console.log(`\nWrote ${relative(root, outFile)}`);
}

await main();
