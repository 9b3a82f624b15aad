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
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '../open-data/csv-safety.ts';
import { readContentFolder } from '../content/files.ts';
import { describeIssue, entryIdFromPath, validateContent } from '../content/validation.ts';
import type { ContentFile } from '../content/types.ts';
import { draftServiceSchema, serviceSchema } from '../../schemas/services.ts';
import { normaliseCharityNumber, organisationSchema } from '../../schemas/organisations.ts';
import { slugify } from './values.ts';
import { checkLocationsInLocalities } from '../geo/check.ts';
import type { BoundaryCollection } from '../geo/geometry.ts';
import { parseMarkdown } from '../content/front-matter.ts';
import { writeAsDecap } from '../content/decap-form.ts';
import { pruned, type ImportProblem, type ImportRecord, type ReadResult } from './records.ts';

export interface ImportOptions {
  contentDir: string;
  /** Paths in messages are relative to this folder. */
  projectRoot?: string;
  force?: boolean;
  today?: Date;
  /** Locality boundaries: a place outside the localities a record states makes it a draft. */
  boundaries?: BoundaryCollection;
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
  /** A service's front matter and body as planned (before serialising). */
  data?: Record<string, unknown>;
  body?: string;
}

export interface ImportPlan {
  files: PlannedFile[];
  /** Problems that stop the import (nothing is written): the content would not be valid. */
  problems: ImportProblem[];
  /** One per record read: published, draft or duplicate. */
  outcomes: RecordOutcome[];
  /** Listings imported earlier from these sources whose record is no longer there. */
  gone: string[];
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
  // Written once with a stand-in hash: the file without its hash line is what the hash covers
  // (YAML writing is most of an import's time). A hash YAML would quote or read as a number
  // (all digits, or digits around one "e") takes the long way, so its file is as before.
  const withStandIn = writeAsDecap(collection, { ...fields, importHash: standInHash }, text);
  const line = hashLine.exec(withStandIn);
  if (line?.[1] === standInHash) {
    const hash = hashOf(withStandIn.replace(line[0], ''));
    if (!/^\d*e?\d*$/.test(hash)) return withStandIn.replace(line[0], `importHash: ${hash}\n`);
  }
  return writeAsDecap(collection, { ...fields, importHash: hashOf(writeAsDecap(collection, fields, text)) }, text);
}

const standInHash = 'abcdefabcdefabcd';

/** True when the file is exactly as an import wrote it (its hash still matches). */
export function isUntouchedImport(fileText: string): boolean {
  const text = fileText.replace(/\r\n/g, '\n');
  const match = hashLine.exec(text);
  if (!match) return false;
  return hashOf(text.replace(match[0], '')) === match[1];
}

export type Outcome = 'published' | 'draft' | 'duplicate';

/** What became of one incoming record: exactly one outcome, with the reasons in plain words. */
export interface RecordOutcome {
  origin: string;
  sourceFile: string;
  sourceId?: string | undefined;
  name: string;
  outcome: Outcome;
  /** The listing's file, or the existing listing it duplicates. */
  path: string;
  action: PlannedAction | 'none';
  reasons: string[];
}

/** Normalised for matching: case, accents and punctuation ignored. */
export const matchKey = (text: unknown): string =>
  typeof text === 'string'
    ? text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/&/g, ' and ')
        .replace(/\b(ltd|limited|cic|the)\b/g, '')
        .replace(/[^a-z0-9]+/g, '')
    : '';

const identityKey = (from: unknown, sourceId: unknown) =>
  typeof from === 'string' && typeof sourceId === 'string' ? `${from}\u0000${sourceId}` : undefined;

const postcodesOf = (data: Record<string, unknown>): string[] =>
  (Array.isArray(data.locations) ? (data.locations as Record<string, unknown>[]) : [])
    .map((location) => (typeof location.postcode === 'string' ? location.postcode.replace(/\s+/g, '') : ''))
    .filter(Boolean);

/** A short place word for telling apart services with the same name: the venue, else the postcode district. */
function placeOf(record: ImportRecord): string {
  const locations = Array.isArray(record.data.locations) ? (record.data.locations as Record<string, unknown>[]) : [];
  const first = locations[0] ?? {};
  if (typeof first.name === 'string') return first.name;
  if (typeof first.postcode === 'string') return first.postcode.split(' ')[0] ?? '';
  if (typeof first.address === 'string') return first.address.split(',').pop() ?? '';
  return (record.organisation?.data.name as string | undefined) ?? '';
}

function removeAt(data: Record<string, unknown>, path: readonly PropertyKey[]): void {
  if (path.length === 0) return;
  let parent: unknown = data;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  if (parent === null || typeof parent !== 'object') return;
  const last = path[path.length - 1] as PropertyKey;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else Reflect.deleteProperty(parent, last);
}

/** "categories: is required (expected array)" in plain words, named after the column or feed field. */
function noteFor(field: string, message: string): string {
  if (/^is required/.test(message)) return `${field}: missing`;
  return `${field}: ${message}`;
}

/**
 * The record as a draft: `status: draft`, every value that is not valid taken out, and the
 * reasons as review notes. Valid values stay, so the connector only adds what is missing.
 */
function asDraft(
  data: Record<string, unknown>,
  notes: string[],
  blame: ImportRecord['blame'],
): Record<string, unknown> {
  const draft = structuredClone({ ...data, status: 'draft' });
  const reasons = [...notes];
  for (let round = 0; round < 8; round += 1) {
    const result = draftServiceSchema.safeParse({ ...draft, reviewNotes: ['checking'] });
    if (result.success) break;
    const issues = [...result.error.issues].sort((a, b) => String(b.path.at(-1)).localeCompare(String(a.path.at(-1))));
    for (const issue of issues) {
      const field = issue.path.map(String).join('.');
      const note = noteFor(blame(field, 'services'), describeIssue(issue, draft));
      if (!reasons.includes(note)) reasons.push(note);
      removeAt(draft, issue.path);
    }
  }
  const pruned = prunedDeep(draft);
  pruned.reviewNotes = reasons.length > 0 ? reasons : ['check every field before publishing'];
  return pruned;
}

const prunedDeep = (value: Record<string, unknown>): Record<string, unknown> => pruned(value);

/** Works out what an import would do, without writing anything. */
export function planImport(
  records: readonly ImportRecord[],
  options: ImportOptions,
  readProblems: readonly ImportProblem[] = [],
): ImportPlan {
  const projectRoot = options.projectRoot ?? process.cwd();
  const today = options.today ?? new Date();
  const problems: ImportProblem[] = [];
  const outcomes: RecordOutcome[] = [];
  const existing = readContentFolder(options.contentDir, projectRoot);
  const existingPaths = new Set(existing.files.map((file) => file.path));
  const pathOf = (collection: string, slug: string) => {
    const fullPath = join(options.contentDir, collection, `${slug}.md`);
    return { fullPath, path: relative(projectRoot, fullPath).split('\\').join('/') };
  };

  // What exists already: listings by their source id, by name (for duplicates), organisations by name.
  const bySourceId = new Map<string, string>();
  const byName = new Map<string, { path: string; organisation: unknown; postcodes: string[]; from: unknown }[]>();
  const organisationByName = new Map<string, string>();
  const organisationByCharity = new Map<string, string>();
  for (const file of existing.files) {
    const id = entryIdFromPath(file.path);
    if (file.collection === 'organisations') {
      organisationByName.set(matchKey(file.data.name), id);
      organisationByName.set(matchKey(file.data.alternateName), id);
      const charity = normaliseCharityNumber(file.data.charityNumber);
      if (charity) organisationByCharity.set(charity, id);
    }
    if (file.collection !== 'services') continue;
    const imported = file.data.imported as Record<string, unknown> | undefined;
    const key = identityKey(imported?.from, imported?.sourceId);
    if (key) bySourceId.set(key, id);
    const nameKey = matchKey(file.data.name);
    byName.set(nameKey, [
      ...(byName.get(nameKey) ?? []),
      {
        path: file.path,
        organisation: file.data.organisation,
        postcodes: postcodesOf(file.data),
        from: imported?.from,
      },
    ]);
  }
  organisationByName.delete('');
  // An organisation: by its charity number where the source gives one, else by its name (case and
  // punctuation ignored), else by the id it would be created with.
  const organisationFor = (organisation: ImportRecord['organisation']): string | undefined => {
    if (!organisation) return undefined;
    const charity = normaliseCharityNumber(organisation.charityNumber);
    return (
      (charity ? organisationByCharity.get(charity) : undefined) ??
      organisationByName.get(matchKey(organisation.data.name)) ??
      (existingPaths.has(pathOf('organisations', organisation.slug).path) ? organisation.slug : undefined)
    );
  };

  // Services with the same name in one import each get the place (or organisation) in their slug.
  const baseCount = new Map<string, number>();
  for (const record of records) baseCount.set(record.slug, (baseCount.get(record.slug) ?? 0) + 1);
  const usedSlugs = new Set(
    existing.files.filter((f) => f.collection === 'services').map((f) => entryIdFromPath(f.path)),
  );
  const claimed = new Map<string, string>();

  const notesByOrigin = new Map<string, string[]>();
  for (const problem of readProblems) {
    notesByOrigin.set(problem.origin, [
      ...(notesByOrigin.get(problem.origin) ?? []),
      noteFor(problem.field, problem.message),
    ]);
  }

  const files: PlannedFile[] = [];
  const recordOf = new Map<string, ImportRecord>();
  const seenIdentities = new Set<string>();
  const seenInImport = new Map<string, string>();
  const plannedOrganisations = new Map<string, { path: string; valid: boolean; reasons: string[] }>();

  for (const record of records) {
    const name = typeof record.data.name === 'string' ? record.data.name : '';
    const imported = record.data.imported as Record<string, unknown> | undefined;
    const identity = identityKey(imported?.from, imported?.sourceId);
    if (identity) seenIdentities.add(identity);
    const known = identity ? bySourceId.get(identity) : undefined;

    // The slug: the listing this record made before, else its name (with its place when the name repeats).
    let slug = known ?? record.slug;
    if (!known) {
      if ((baseCount.get(record.slug) ?? 0) > 1 || (usedSlugs.has(slug) && identity)) {
        const place = slugify(placeOf(record));
        if (place && !slug.endsWith(place)) slug = `${slug}-${place}`.slice(0, 80).replace(/-+$/, '');
      }
      let candidate = slug || 'unnamed';
      for (let n = 2; claimed.has(candidate) || (identity && usedSlugs.has(candidate) && !known); n += 1) {
        candidate = `${slug || 'unnamed'}-${String(n)}`;
      }
      slug = candidate;
    }
    // A named duplicate: the same service already listed (same name, and same organisation or place).
    const nameKey = matchKey(name);
    const organisationSlug = organisationFor(record.organisation) ?? record.organisation?.slug ?? '';
    const duplicateOf = known
      ? undefined
      : (byName.get(nameKey) ?? []).find(
          (candidate) =>
            // The file this record would write is itself, imported before, not a duplicate.
            candidate.path !== pathOf('services', slug).path &&
            (candidate.from === undefined || candidate.from !== imported?.from) &&
            (candidate.organisation === organisationSlug ||
              postcodesOf(record.data).some((p) => candidate.postcodes.includes(p))),
        );
    const sameInImport = seenInImport.get(
      `${nameKey}\u0000${organisationSlug}\u0000${postcodesOf(record.data).join(',')}`,
    );
    if (duplicateOf || (sameInImport && !identity)) {
      outcomes.push({
        origin: record.origin,
        sourceFile: record.sourceFile,
        sourceId: record.sourceId,
        name,
        outcome: 'duplicate',
        path: duplicateOf?.path ?? sameInImport ?? '',
        action: 'none',
        reasons: [`the same service as ${duplicateOf?.path ?? sameInImport ?? ''}: not imported again`],
      });
      continue;
    }

    claimed.set(slug, record.origin);
    const service = pathOf('services', slug);
    seenInImport.set(`${nameKey}\u0000${organisationSlug}\u0000${postcodesOf(record.data).join(',')}`, service.path);

    const data = { ...record.data };
    const notes = [...(notesByOrigin.get(record.origin) ?? [])];

    // The organisation: an existing one with the same name, else a new one (valid, or the service waits as a draft).
    const organisation = record.organisation;
    if (organisation) {
      const existingSlug = organisationFor(organisation);
      if (existingSlug) {
        data.organisation = existingSlug;
      } else {
        const org = pathOf('organisations', organisation.slug);
        let planned = plannedOrganisations.get(org.path);
        if (!planned) {
          const check = organisationSchema.safeParse(organisation.data);
          const organisationName = String(organisation.data.name);
          const reasons = check.success
            ? []
            : check.error.issues.map((issue) =>
                issue.path[0] === 'kind' && organisation.data.kind === undefined
                  ? `organisation "${organisationName}" cannot be created yet: its kind is not known: set it under organisationKinds in the mapping file (or choose an existing organisation)`
                  : `organisation "${organisationName}" cannot be created yet: ${issue.path.map(String).join('.')}: ${describeIssue(issue, organisation.data)}`,
              );
          planned = { path: org.path, valid: check.success && organisation.body.trim() !== '', reasons };
          if (organisation.body.trim() === '')
            reasons.push(`organisation "${String(organisation.data.name)}" has no description`);
          plannedOrganisations.set(org.path, planned);
          if (planned.valid) {
            files.push({
              collection: 'organisations',
              ...org,
              content: serialiseEntry('organisations', organisation.data, organisation.body),
              action: 'create',
              origin: record.origin,
            });
            recordOf.set(org.path, record);
            organisationByName.set(matchKey(organisation.data.name), organisation.slug);
            const charity = normaliseCharityNumber(organisation.charityNumber);
            if (charity) organisationByCharity.set(charity, organisation.slug);
          }
        }
        if (!planned.valid) {
          notes.push(...planned.reasons);
          delete data.organisation;
        }
      }
    }

    const check = serviceSchema.safeParse(data);
    if (!check.success) {
      for (const issue of check.error.issues) {
        notes.push(noteFor(record.blame(issue.path.map(String).join('.'), 'services'), describeIssue(issue, data)));
      }
    }
    if (record.body.trim() === '') notes.push(noteFor(record.blame('(body)', 'services'), 'is required'));
    if (options.boundaries) {
      for (const problem of checkLocationsInLocalities(
        [{ collection: 'services', path: service.path, data }],
        options.boundaries,
      )) {
        notes.push(noteFor(record.blame(problem.field, 'services'), problem.message));
      }
    }
    const uniqueNotes = [...new Set(notes)];
    const isDraftRecord = uniqueNotes.length > 0 || data.status === 'draft';
    const written = isDraftRecord ? asDraft(data, uniqueNotes, record.blame) : data;
    files.push({
      collection: 'services',
      ...service,
      content: serialiseEntry('services', written, record.body),
      action: 'create',
      origin: record.origin,
      data: written,
      body: record.body,
    });
    recordOf.set(service.path, record);
    outcomes.push({
      origin: record.origin,
      sourceFile: record.sourceFile,
      sourceId: record.sourceId,
      name,
      outcome: isDraftRecord ? 'draft' : 'published',
      path: service.path,
      action: 'create',
      reasons: isDraftRecord ? ((written.reviewNotes as string[] | undefined) ?? []) : [],
    });
  }

  for (const file of files) {
    if (!existsSync(file.fullPath)) continue;
    const current = readFileSync(file.fullPath, 'utf8').replace(/\r\n/g, '\n');
    // The import date of an unchanged record stays as it was, so that a re-import changes nothing.
    if (file.data?.imported && current !== file.content) {
      try {
        const before = parseMarkdown(current).data.imported as Record<string, unknown> | undefined;
        if (before?.date) {
          const date = before.date instanceof Date ? before.date.toISOString().slice(0, 10) : String(before.date);
          const sameDay = serialiseEntry(
            'services',
            { ...file.data, imported: { ...(file.data.imported as Record<string, unknown>), date } },
            file.body ?? '',
          );
          if (sameDay === current) file.content = sameDay;
        }
      } catch {
        // An unreadable file is treated as edited by hand, below.
      }
    }
    if (current === file.content) file.action = 'unchanged';
    else if (options.force || isUntouchedImport(current)) file.action = 'update';
    else {
      file.action = 'skip';
      file.reason =
        'edited since the last import (or not written by an import): not overwritten; use --force to replace it';
    }
  }
  const serviceFiles = new Map(files.filter((f) => f.collection === 'services').map((f) => [f.path, f]));
  for (const outcome of outcomes) {
    const file = serviceFiles.get(outcome.path);
    if (file && outcome.outcome !== 'duplicate') {
      outcome.action = file.action;
      if (file.reason) outcome.reasons.push(file.reason);
    }
  }

  // Records gone from the source: reported, never deleted.
  const sourceFiles = new Set(records.map((record) => record.sourceFile));
  const gone: string[] = [];
  for (const [key, id] of bySourceId) {
    const [from] = key.split('\u0000');
    if (from !== undefined && sourceFiles.has(from) && !seenIdentities.has(key)) gone.push(pathOf('services', id).path);
  }

  // The safety net: the content folder as it would be after the import must be valid.
  const planned = new Set(files.map((file) => file.path));
  const after: ContentFile[] = existing.files.filter((file) => !planned.has(file.path));
  const existingByPath = new Map(existing.files.map((file) => [file.path, file]));
  for (const file of files) {
    // A file the import leaves as it is was read with the content folder: not parsed again.
    const same = file.action === 'unchanged' ? existingByPath.get(file.path) : undefined;
    if (same) {
      after.push(same);
      continue;
    }
    const { data, body } = parseMarkdown(file.content);
    after.push({ collection: file.collection, path: file.path, data, body });
  }
  const { problems: contentProblems } = validateContent(after, { today });
  for (const problem of contentProblems) {
    const record = recordOf.get(problem.path);
    if (!record) continue; // a problem in content this import does not touch
    const collection = problem.path.includes('/organisations/') ? 'organisations' : 'services';
    problems.push({ origin: record.origin, field: record.blame(problem.field, collection), message: problem.message });
  }
  return { files, problems, outcomes, gone };
}

/** Plans the import of what a reader (CSV or ORUK) produced: the reader's notes become the drafts' reasons. */
export function planFromRead(read: ReadResult, options: ImportOptions): ImportPlan {
  return planImport(read.records, options, read.problems);
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

export interface SourceCounts {
  sourceFile: string;
  read: number;
  published: number;
  drafts: number;
  duplicates: number;
}

/** Per source file: records read, and how many ended published, as drafts and as duplicates (they add up). */
export function countsBySource(plan: ImportPlan): SourceCounts[] {
  const counts = new Map<string, SourceCounts>();
  for (const outcome of plan.outcomes) {
    const entry = counts.get(outcome.sourceFile) ?? {
      sourceFile: outcome.sourceFile,
      read: 0,
      published: 0,
      drafts: 0,
      duplicates: 0,
    };
    entry.read += 1;
    if (outcome.outcome === 'published') entry.published += 1;
    else if (outcome.outcome === 'draft') entry.drafts += 1;
    else entry.duplicates += 1;
    counts.set(outcome.sourceFile, entry);
  }
  return [...counts.values()];
}

/** How many lines of each group the terminal report lists; the CSV report has every record. */
const listedInReport = 40;

/** The report: per-file counts, problems that stop the import, then what was or would be written or skipped. */
export function formatReport(plan: ImportPlan, notes: readonly string[], written: boolean): string {
  const lines: string[] = [];
  for (const note of notes) lines.push(`Note: ${note}`);
  for (const count of countsBySource(plan)) {
    lines.push(
      `${count.sourceFile}: ${String(count.read)} record${count.read === 1 ? '' : 's'} read: ${String(count.published)} published, ${String(count.drafts)} draft${count.drafts === 1 ? '' : 's'}, ${String(count.duplicates)} duplicate${count.duplicates === 1 ? '' : 's'}`,
    );
  }
  const origins = [...new Set(plan.problems.map((p) => p.origin))];
  if (plan.problems.length > 0) {
    lines.push(
      `${String(origins.length)} record${origins.length === 1 ? '' : 's'} would make the content invalid (${String(plan.problems.length)} problem${plan.problems.length === 1 ? '' : 's'}); nothing was written:`,
    );
    for (const problem of plan.problems) lines.push(`  ${problem.origin}: ${problem.field}: ${problem.message}`);
  }
  const listed = (items: readonly string[]) => {
    lines.push(...items.slice(0, listedInReport));
    if (items.length > listedInReport) {
      lines.push(`  ... and ${String(items.length - listedInReport)} more (every record is in the CSV report)`);
    }
  };
  const drafts = plan.outcomes.filter((outcome) => outcome.outcome === 'draft');
  if (drafts.length > 0) {
    lines.push(
      `${String(drafts.length)} draft${drafts.length === 1 ? '' : 's'} to finish (never published until then):`,
    );
    listed(drafts.map((d) => `  ${d.path} (${d.origin}): ${d.reasons.join('; ')}`));
  }
  const duplicates = plan.outcomes.filter((outcome) => outcome.outcome === 'duplicate');
  if (duplicates.length > 0) {
    lines.push(`${String(duplicates.length)} duplicate${duplicates.length === 1 ? '' : 's'} not imported:`);
    listed(duplicates.map((d) => `  ${d.origin}: ${d.reasons.join('; ')}`));
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
    listed(group.map((file) => `  ${file.path} (${file.origin})${file.reason ? `: ${file.reason}` : ''}`));
  }
  if (plan.gone.length > 0) {
    lines.push(
      `${String(plan.gone.length)} listing${plan.gone.length === 1 ? '' : 's'} imported earlier from this source no longer in it (not deleted: check each, then set it to historic or delete it):`,
    );
    listed(plan.gone.map((path) => `  ${path}`));
  }
  if (plan.files.length === 0 && plan.problems.length === 0 && plan.outcomes.length === 0)
    lines.push('Nothing to import.');
  return lines.join('\n');
}

/** Every record with its outcome and reasons, for connectors to work through in a spreadsheet. */
export function outcomesCsv(plan: ImportPlan): string {
  const header = ['source_file', 'record', 'source_id', 'name', 'outcome', 'file', 'action', 'reasons'];
  const rows = plan.outcomes.map((o) => [
    o.sourceFile,
    o.origin,
    o.sourceId ?? '',
    o.name,
    o.outcome,
    o.path,
    o.action,
    o.reasons.join('; '),
  ]);
  return `\uFEFF${stringify(
    rows.map((row) => row.map(neutraliseFormula)),
    { header: true, columns: header, record_delimiter: 'windows' },
  )}`;
}
