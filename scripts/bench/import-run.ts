/**
 * The import benchmark (issue 19): `npm run import` of a synthetic Open Referral UK feed of
 * `size` records (./import-feed.ts) into a copy of the real content folder, timed with the
 * peak memory of its process, as a connector would run it. Target at 10,000 records: under
 * 30 s and under 1 GB. `npm run bench` runs it at each size (measures/import.ts); on its own:
 *
 *   node scripts/bench/import-run.ts [--size 10000]
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mb, measureBuild, seconds, type BuildResult } from './build-run.ts';
import { generateImportFeed, importBenchMapping } from './import-feed.ts';
import type { BenchSection } from './types.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const importTarget = { records: 10_000, ms: 30_000, bytes: 1024 ** 3 };

export interface ImportRun {
  size: number;
  first: BuildResult;
  /** The same feed imported again: nothing should change. */
  again: BuildResult;
  /** The report's count line: "feed.json: 10000 records read: ..." */
  counts: string;
}

/** Imports a `size`-record feed twice into a fresh copy of content/ under .bench/import-<size>. */
export async function runImport(size: number): Promise<ImportRun> {
  const dir = join(root, '.bench', `import-${String(size)}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const feed = join(dir, 'feed.json');
  writeFileSync(feed, JSON.stringify(generateImportFeed(size, root)));
  writeFileSync(join(dir, 'mapping.yaml'), importBenchMapping);
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const args = [
    join(root, 'scripts/import.ts'),
    feed,
    '--mapping',
    join(dir, 'mapping.yaml'),
    '--content-dir',
    join(dir, 'content'),
    '--report',
    join(dir, 'report.csv'),
  ];
  const first = await measureBuild(args, root, process.env);
  const again = await measureBuild(args, root, process.env);
  const counts = /^feed\.json: .*$/m.exec(first.log)?.[0] ?? 'no count line in the report';
  if (!/\bunchanged\b/.test(again.log) || /files? (created|updated):/.test(again.log)) {
    throw new Error(`The second import of the same feed changed files:\n${again.log.slice(0, 2000)}`);
  }
  return { size, first, again, counts };
}

const peak = (result: BuildResult) => result.peakProcessBytes ?? result.peakTreeBytes;

/** The section of docs/benchmarks.md: time and peak memory beside the targets (at 10,000 records). */
export function importSection(run: ImportRun): BenchSection {
  const targeted = run.size === importTarget.records;
  const verdict = (value: number, limit: number, show: (n: number) => string) =>
    targeted ? `${show(value)} (target < ${show(limit)}: ${value < limit ? 'met' : 'missed'})` : show(value);
  const rows: [string, string][] = [
    ['Records', run.size.toLocaleString('en-GB')],
    ['Outcome', run.counts.replace(/^feed\.json: /, '')],
    ['Import, wall time', verdict(run.first.ms, importTarget.ms, seconds)],
    ['Import, peak memory', verdict(peak(run.first), importTarget.bytes, mb)],
    ['Import, CPU time', run.first.cpuSeconds === undefined ? 'unknown' : `${run.first.cpuSeconds.toFixed(1)} s`],
    ['Load average as it started', run.first.loadBefore],
    ['Same feed again (changes nothing), wall time', seconds(run.again.ms)],
    ['Same feed again, peak memory', mb(peak(run.again))],
  ];
  return {
    title: 'Import (npm run import of a synthetic Open Referral UK feed)',
    rows,
    notes: [
      'The feed (scripts/bench/import-feed.ts) is messy on purpose: HTML and long descriptions, phone numbers written several ways, repeated names, postcodes outside the area; it is imported into a copy of content/ with a mapping, as a connector would.',
    ],
  };
}

if (import.meta.main) {
  const index = process.argv.indexOf('--size');
  const size = Number(index >= 0 ? process.argv[index + 1] : importTarget.records);
  const section = importSection(await runImport(size));
  console.log(`${section.title}\n${section.rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`);
}
