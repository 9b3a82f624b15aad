/**
 * Turns import records (from a spreadsheet or an Open Referral feed) into
 * markdown files in the content folder, safely:
 *
 * - every would-be file is validated with the content schemas and the
 *   cross-reference rules (validateContent), together with the existing
 *   content, so that organisations resolve;
 * - if any record is rejected, nothing is written (all or nothing);
 * - the same input gives the same files (stable slugs, stable field order), so
 *   a second import changes nothing;
 * - files are written as Decap CMS writes them (src/lib/content/decap-form.ts), so a
 *   later edit in the CMS changes only the lines edited;
 * - each written file carries an `importHash` field (hidden in the CMS, which keeps it):
 *   a file whose content no longer matches its hash (or that has none) was
 *   edited by hand or in the CMS, and is skipped unless `force` is set;
 * - existing organisations are never changed: they are only created when missing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { readContentFolder } from '../content/files.ts';
import { validateContent } from '../content/validation.ts';
import type { ContentFile } from '../content/types.ts';
import { parseMarkdown } from '../content/front-matter.ts';
import { writeAsDecap } from '../content/decap-form.ts';
import type { ImportProblem, ImportRecord, ReadResult } from './records.ts';

export interface ImportOptions {
  contentDir: string;
  /** Paths in messages are relative to this folder. */
  projectRoot?: string;
  force?: boolean;
  today?: Date;
}

export type PlannedAction = 'create' | 'update' | 'unchanged' | 'skip';

export interface PlannedFile {
  collection: 'services' | 'organisations';
  /** Path relative to the project root, as in content problems. */
  path: string;
  fullPath: string;
  content: string;
  action: PlannedAction;
  origin: string;
  /** Why a file is skipped. */
  reason?: string;
}

export interface ImportPlan {
  files: PlannedFile[];
  problems: ImportProblem[];
}

/** The hash's own line: the hash covers the file without it. */
const hashLine = /^importHash: ([0-9a-f]{16})\n/m;

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** An imported entry's file, as the CMS writes it, with its `importHash`. */
export function serialiseEntry(
  collection: 'services' | 'organisations',
  data: Record<string, unknown>,
  body: string,
): string {
  const { importHash: _previous, ...fields } = data;
  const text = `\n${body.trim()}\n`;
  return writeAsDecap(collection, { ...fields, importHash: hashOf(writeAsDecap(collection, fields, text)) }, text);
}

/** True when the file is exactly as an import wrote it (its hash still matches). */
export function isUntouchedImport(fileText: string): boolean {
  const text = fileText.replace(/\r\n/g, '\n');
  const match = hashLine.exec(text);
  if (!match) return false;
  return hashOf(text.replace(match[0], '')) === match[1];
}

/** Works out what an import would do, without writing anything. */
export function planImport(records: readonly ImportRecord[], options: ImportOptions): ImportPlan {
  const projectRoot = options.projectRoot ?? process.cwd();
  const problems: ImportProblem[] = [];
  const existing = readContentFolder(options.contentDir, projectRoot);
  const existingPaths = new Set(existing.files.map((file) => file.path));
  const pathOf = (collection: string, slug: string) => {
    const fullPath = join(options.contentDir, collection, `${slug}.md`);
    return { fullPath, path: relative(projectRoot, fullPath).split('\\').join('/') };
  };

  const files: PlannedFile[] = [];
  const recordOf = new Map<string, ImportRecord>();
  const seenSlugs = new Map<string, string>();
  for (const record of records) {
    const earlier = seenSlugs.get(record.slug);
    if (earlier !== undefined) {
      problems.push({
        origin: record.origin,
        field: '(id)',
        message: `"${record.slug}" is the same id as ${earlier}: give each service its own id`,
      });
      continue;
    }
    seenSlugs.set(record.slug, record.origin);
    const service = pathOf('services', record.slug || '(no-name)');
    files.push({
      collection: 'services',
      ...service,
      content: serialiseEntry('services', record.data, record.body),
      action: 'create',
      origin: record.origin,
    });
    recordOf.set(service.path, record);
    const organisation = record.organisation;
    if (organisation) {
      const org = pathOf('organisations', organisation.slug);
      if (!existingPaths.has(org.path) && !files.some((file) => file.path === org.path)) {
        files.push({
          collection: 'organisations',
          ...org,
          content: serialiseEntry('organisations', organisation.data, organisation.body),
          action: 'create',
          origin: record.origin,
        });
        recordOf.set(org.path, record);
      }
    }
  }

  for (const file of files) {
    if (!existsSync(file.fullPath)) continue;
    const current = readFileSync(file.fullPath, 'utf8');
    // A checkout with Windows line ends is still the same file.
    if (current.replace(/\r\n/g, '\n') === file.content) file.action = 'unchanged';
    else if (options.force || isUntouchedImport(current)) file.action = 'update';
    else {
      file.action = 'skip';
      file.reason = isUntouchedImport(current)
        ? 'changed since the last import'
        : 'edited by hand since the last import (or not written by an import): not overwritten; use --force to replace it';
    }
  }

  // Validate the content folder as it would be after the import.
  const planned = new Set(files.map((file) => file.path));
  const after: ContentFile[] = existing.files.filter((file) => !planned.has(file.path));
  for (const file of files) {
    const { data, body } = parseMarkdown(file.content);
    after.push({ collection: file.collection, path: file.path, data, body });
  }
  const { problems: contentProblems } = validateContent(after, { today: options.today });
  for (const problem of contentProblems) {
    const record = recordOf.get(problem.path);
    if (!record) continue; // a problem in content this import does not touch
    const collection = problem.path.includes('/organisations/') ? 'organisations' : 'services';
    const field = record.blame(problem.field, collection);
    if (collection === 'organisations') {
      // Usually a misspelt organisation id rather than a new organisation: say both, once per column.
      if (problems.some((p) => p.origin === record.origin && p.field === field)) continue;
      const slug = record.organisation?.slug ?? '';
      problems.push({
        origin: record.origin,
        field,
        message: `${problem.message} (no organisation has the id "${slug}", so a new one would be created: check the organisation column if you meant an existing one)`,
      });
      continue;
    }
    problems.push({ origin: record.origin, field, message: problem.message });
  }
  return { files, problems };
}

/**
 * Plans the import of what a reader (CSV or ORUK) produced. The reader's own
 * problems come first; a schema problem on a field the reader already reported
 * (an unreadable date is then also "required") is not repeated.
 */
export function planFromRead(read: ReadResult, options: ImportOptions): ImportPlan {
  const plan = planImport(read.records, options);
  const reported = new Set(read.problems.map((p) => `${p.origin}\u0000${p.field}`));
  return {
    files: plan.files,
    problems: [...read.problems, ...plan.problems.filter((p) => !reported.has(`${p.origin}\u0000${p.field}`))],
  };
}

/** Writes the planned files, each to a temporary file first then renamed, so no file is left half-written. */
export function applyPlan(plan: ImportPlan): void {
  if (plan.problems.length > 0) throw new Error('refusing to write: the import has problems');
  for (const file of plan.files) {
    if (file.action !== 'create' && file.action !== 'update') continue;
    mkdirSync(dirname(file.fullPath), { recursive: true });
    const temporary = `${file.fullPath}.import-tmp`;
    writeFileSync(temporary, file.content, 'utf8');
    renameSync(temporary, file.fullPath);
  }
}

/** The report: rejected records first (line, field, reason), then what was or would be written or skipped. */
export function formatReport(plan: ImportPlan, notes: readonly string[], written: boolean): string {
  const lines: string[] = [];
  for (const note of notes) lines.push(`Note: ${note}`);
  const origins = [...new Set(plan.problems.map((p) => p.origin))];
  if (plan.problems.length > 0) {
    lines.push(
      `${String(origins.length)} record${origins.length === 1 ? '' : 's'} rejected (${String(plan.problems.length)} problem${plan.problems.length === 1 ? '' : 's'}); nothing was written:`,
    );
    for (const problem of plan.problems) lines.push(`  ${problem.origin}: ${problem.field}: ${problem.message}`);
  }
  const count = (action: PlannedAction) => plan.files.filter((file) => file.action === action);
  const verb = written ? '' : 'would be ';
  for (const [action, label] of [
    ['create', `${verb}created`],
    ['update', `${verb}updated`],
    ['unchanged', 'unchanged'],
    ['skip', 'skipped'],
  ] as const) {
    const group = count(action);
    if (group.length === 0) continue;
    lines.push(`${String(group.length)} file${group.length === 1 ? '' : 's'} ${label}:`);
    for (const file of group) lines.push(`  ${file.path} (${file.origin})${file.reason ? `: ${file.reason}` : ''}`);
  }
  if (plan.files.length === 0 && plan.problems.length === 0) lines.push('Nothing to import.');
  return lines.join('\n');
}
