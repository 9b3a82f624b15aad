/**
 * npm run import -- <file.csv | file.xlsx | feed.json | folder of feed pages> [options]
 * npm run import -- --url <feed address> [options]
 *
 * Brings listings in from a connectors' spreadsheet (our template, or any columns through a
 * mapping file) or an Open Referral UK / HSDS feed (v1, v2, v3). Every record ends published,
 * as a draft with what is missing, or as a named duplicate; the counts add up per source, and
 * a CSV report lists every record. See docs/open-referral.md.
 *
 * Exit code: 0 when imported (or nothing to do), 1 when the content would not be valid (nothing
 * is written), 2 for input that cannot be used (a one-line message says why; nothing is written).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SpreadsheetError, csvToRecords, tableToRecords, templateCsv } from '../src/lib/open-data/csv.ts';
import { applyPlan, formatReport, outcomesCsv, planFromRead } from '../src/lib/import/importer.ts';
import { mappingYaml, readMapping, type Mapping } from '../src/lib/import/mapping.ts';
import { orukJsonToRecords, type ReadOptions } from '../src/lib/import/oruk-reader.ts';
import { loadGazetteer } from '../src/lib/import/places.ts';
import { loadBoundaries } from '../src/lib/geo/boundaries.ts';
import { proposeMapping } from '../src/lib/import/propose.ts';
import { InputError, fetchFeed, loadSource, type LoadedSource } from '../src/lib/import/sources.ts';
import type { ReadResult } from '../src/lib/import/records.ts';

const usage =
  'Usage: npm run import -- <file.csv | file.xlsx | feed.json | folder> [--url <address>] [--mapping <file.yaml>] ' +
  '[--propose-mapping [<file.yaml>]] [--publisher <name>] [--report <file.csv>] [--content-dir content] [--force] [--dry-run]';

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'content-dir': { type: 'string', default: 'content' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      template: { type: 'boolean', default: false },
      url: { type: 'string' },
      mapping: { type: 'string' },
      'propose-mapping': { type: 'boolean', default: false },
      publisher: { type: 'string' },
      report: { type: 'string' },
      'delay-ms': { type: 'string', default: '500' },
      'timeout-ms': { type: 'string', default: '30000' },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
  throw error;
}
const { values, positionals } = parsed;
if (values.template) {
  // The same file the build publishes at /data/import-template.csv (src/pages/data/import-template.csv.ts).
  process.stdout.write(templateCsv());
  process.exit(0);
}
const proposeTo = values['propose-mapping'] ? positionals[1] : undefined;
const inputs = values.url ? positionals.length : positionals.length - (proposeTo ? 1 : 0);
if (values.help || inputs !== (values.url ? 0 : 1)) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}

let source: LoadedSource;
let mapping: Mapping | undefined;
try {
  source = values.url
    ? await fetchFeed(values.url, {
        delayMs: Number(values['delay-ms']),
        timeoutMs: Number(values['timeout-ms']),
        log: (message) => console.error(message),
      })
    : await loadSource(positionals[0] ?? '');
  if (values.mapping) {
    let text = '';
    try {
      text = readFileSync(values.mapping, 'utf8');
    } catch (error) {
      fail(`${values.mapping}: cannot be read (${(error as Error).message}): check the path of the mapping file`);
    }
    const read = readMapping(text, values.mapping);
    if (!read.mapping) fail(read.errors.join('\n'));
    mapping = read.mapping;
  }
} catch (error) {
  if (error instanceof InputError) fail(error.message);
  throw error;
}

if (values['propose-mapping']) {
  const yaml = mappingYaml(proposeMapping(source), new Date().toISOString().slice(0, 10));
  const target = proposeTo ?? `${source.sourceName.replace(/[^\w.-]+/g, '-').replace(/\.\w+$/, '')}.mapping.yaml`;
  writeFileSync(target, yaml);
  console.log(`Wrote ${target}: check every guess in it, then import with --mapping ${target}`);
  process.exit(0);
}

const contentDir = resolve(values['content-dir']);
// Paths in the report are relative to the project, or to the content folder's parent when it lies elsewhere.
const projectRoot = contentDir.startsWith(process.cwd()) ? process.cwd() : dirname(contentDir);
const options: ReadOptions = {
  mapping,
  gazetteer: loadGazetteer(),
  ...(values.publisher ? { publisher: values.publisher } : {}),
};
let read: ReadResult;
try {
  read =
    source.kind === 'feed'
      ? orukJsonToRecords(source.pages, options)
      : source.kind === 'csv'
        ? csvToRecords(source.text, source.sourceName, options)
        : tableToRecords(source.table, source.sourceName, options);
} catch (error) {
  if (error instanceof SpreadsheetError) fail(error.message);
  throw error;
}
const plan = planFromRead(read, { contentDir, projectRoot, force: values.force, boundaries: loadBoundaries() });

const ok = plan.problems.length === 0;
const write = ok && !values['dry-run'];
if (write) applyPlan(plan);
console.log(formatReport(plan, read.notes, write));
const reportPath = values.report ?? `reports/import-${new Date().toISOString().slice(0, 10)}.csv`;
mkdirSync(dirname(resolve(reportPath)), { recursive: true });
writeFileSync(reportPath, outcomesCsv(plan));
console.log(`Every record and its outcome: ${reportPath}`);
if (values['dry-run'] && ok) console.log('Dry run: nothing was written.');
process.exit(ok ? 0 : 1);
