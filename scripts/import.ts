/**
 * npm run import -- <file.csv | feed.json> [--content-dir content] [--force] [--dry-run]
 *
 * Imports a connectors' spreadsheet (CSV, columns in docs/open-referral.md) or an
 * Open Referral UK feed into markdown files in content/services/ (and
 * content/organisations/ for organisations that do not exist yet). Validates
 * everything first and writes nothing if any record is rejected.
 * `--template` prints the spreadsheet template (public/data/import-template.csv).
 * Exit code: 0 when imported (or nothing to do), 1 when records were rejected, 2 on usage errors.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { csvToRecords, templateCsv } from '../src/lib/open-data/csv.ts';
import { applyPlan, formatReport, planFromRead } from '../src/lib/import/importer.ts';
import { orukToRecords } from '../src/lib/import/oruk-reader.ts';

const usage = 'Usage: npm run import -- <file.csv | feed.json> [--content-dir content] [--force] [--dry-run]';

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
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.template) {
  // The downloadable template in public/data/import-template.csv is written by this.
  process.stdout.write(templateCsv());
  process.exit(0);
}
if (values.help || positionals.length !== 1) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}

const file = positionals[0] ?? '';
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}

const isJson = /\.json$/i.test(file) || /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));
const read = isJson ? orukToRecords(text, basename(file)) : csvToRecords(text, basename(file));
const contentDir = resolve(values['content-dir']);
// Paths in the report are relative to the project, or to the content folder's parent when it lies elsewhere.
const projectRoot = contentDir.startsWith(process.cwd()) ? process.cwd() : dirname(contentDir);
const plan = planFromRead(read, { contentDir, projectRoot, force: values.force });

const ok = plan.problems.length === 0;
if (ok && !values['dry-run']) applyPlan(plan);
console.log(formatReport(plan, read.notes, ok && !values['dry-run']));
if (values['dry-run'] && ok) console.log('Dry run: nothing was written.');
process.exit(ok ? 0 : 1);
