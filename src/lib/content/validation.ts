/**
 * Validates every content file against the collection schemas and the
 * cross-references between collections, and reports every problem at once.
 *
 * Astro's own collection validation stops at the first bad entry; this runs
 * before it (see src/integrations/content-check.ts) so that an editor sees one
 * message per problem, naming the file, the field, the value and what is allowed.
 */
import type { z } from 'astro/zod';
import { collectionSchemas, collectionsWithBody, type CollectionName } from '../../schemas/index.ts';
import { draftServiceSchema } from '../../schemas/services.ts';
import { isDraft } from './published-loader.ts';
import { slugPattern } from '../../schemas/common.ts';
import type { BoundaryCollection } from '../geo/geometry.ts';
import { checkLocationsInLocalities } from '../geo/check.ts';
import type { ContentFile, ContentProblem, ValidEntry } from './types.ts';

/** The entry id Astro's glob loader derives from a file path: its name without extension. */
export function entryIdFromPath(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.(md|mdx|markdown)$/i, '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(front matter)' : path.map(String).join('.');
}

/** Turns one zod issue into a message an editor can act on. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): ContentProblem['message'] {
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_value':
      return `${describeValue(value)} is not allowed; allowed values: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling against docs/content-model.md`;
    case 'invalid_type':
      if (value === undefined) return `is required (expected ${issue.expected})`;
      return `${describeValue(value)} is the wrong kind of value: expected ${issue.expected}`;
    case 'invalid_union':
      return `${describeValue(value)} is not valid: ${issue.message}`;
    default:
      return `${describeValue(value)} ${issue.message}`;
  }
}

export interface ValidationResult {
  problems: ContentProblem[];
  entries: ValidEntry[];
}

export interface ValidationOptions {
  /** "Today", for date rules such as "a closed grant cannot close in the future". */
  today?: Date;
  /** Locality boundaries: when given, located services must fall inside a locality they state. */
  boundaries?: BoundaryCollection;
}

/** Validates all files of all collections together, including cross-references. */
export function validateContent(files: readonly ContentFile[], options: ValidationOptions = {}): ValidationResult {
  const today = options.today ?? new Date();
  const problems: ContentProblem[] = [];
  const entries: ValidEntry[] = [];
  const seenIds = new Map<string, string>();
  const referenceable: ValidEntry[] = [];

  for (const file of files) {
    const id = entryIdFromPath(file.path);
    if (!slugPattern.test(id)) {
      problems.push({
        path: file.path,
        field: '(file name)',
        message: `"${id}" is not a valid file name: use lower-case letters, digits and hyphens, e.g. "kooth.md"`,
      });
    }
    if (file.collection === 'organisations' && /^\d+$/.test(id)) {
      problems.push({
        path: file.path,
        field: '(file name)',
        message: `"${id}" is not allowed for an organisation: /organisations/${id}/ is a page of the list of organisations; add a word, e.g. "${id}-community-group.md"`,
      });
    }
    const key = `${file.collection}/${id.toLowerCase()}`;
    const earlier = seenIds.get(key);
    if (earlier) {
      problems.push({
        path: file.path,
        field: '(file name)',
        message: `duplicate slug "${id}": ${earlier} has the same one`,
      });
    } else {
      seenIds.set(key, file.path);
    }

    const draft = file.collection === 'services' && isDraft(file.data);
    if (!draft && collectionsWithBody.includes(file.collection) && file.body.trim().length === 0) {
      problems.push({
        path: file.path,
        field: '(body)',
        message: 'is empty: write the description as markdown below the front matter',
      });
    }

    // A draft is checked with its own schema: only what it has must be valid (see services.ts).
    const result = (draft ? draftServiceSchema : collectionSchemas[file.collection]).safeParse(file.data);
    if (result.success) {
      entries.push({ collection: file.collection, id, path: file.path, data: result.data as Record<string, unknown> });
      referenceable.push({
        collection: file.collection,
        id,
        path: file.path,
        data: result.data as Record<string, unknown>,
      });
    } else {
      for (const issue of result.error.issues) {
        problems.push({ path: file.path, field: fieldName(issue.path), message: describeIssue(issue, file.data) });
      }
      // Still check its references, so that every problem is reported in one run.
      referenceable.push({ collection: file.collection, id, path: file.path, data: file.data });
    }
  }

  problems.push(...checkCrossReferences(referenceable, today));
  // A draft's place is among the things its review notes ask to check; it is not published meanwhile.
  if (options.boundaries) {
    const published = referenceable.filter((entry) => !(entry.collection === 'services' && isDraft(entry.data)));
    problems.push(...checkLocationsInLocalities(published, options.boundaries));
  }
  return { problems, entries };
}

function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && value !== '') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}

function idsOf(entries: readonly ValidEntry[], collection: CollectionName): Set<string> {
  return new Set(entries.filter((entry) => entry.collection === collection).map((entry) => entry.id));
}

/**
 * Rules that need more than one entry: references to other entries, and dates
 * against today. Entries may hold raw (unvalidated) data, so every read is defensive.
 */
export function checkCrossReferences(entries: readonly ValidEntry[], today: Date): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const organisations = idsOf(entries, 'organisations');
  const services = idsOf(entries, 'services');
  const unknown = (kind: string, value: string, known: Set<string>) =>
    `"${value}" is not a known ${kind}; known ${kind}s: ${[...known].sort().join(', ') || '(none yet)'}`;

  for (const entry of entries) {
    const { data, path } = entry;
    const references: { field: string; value: unknown; kind: string; known: Set<string> }[] = [];
    if (entry.collection === 'services') {
      references.push({ field: 'organisation', value: data.organisation, kind: 'organisation', known: organisations });
    }
    if (entry.collection === 'grants') {
      references.push({ field: 'funder', value: data.funder, kind: 'organisation', known: organisations });
      const closes = toDate(data.closes);
      if (data.status === 'closed' && closes && closes > today) {
        problems.push({
          path,
          field: 'closes',
          message: `${closes.toISOString().slice(0, 10)} is in the future but status is "closed": change the status or the date`,
        });
      }
      if (data.status === 'open' && closes && closes < today) {
        problems.push({
          path,
          field: 'status',
          message: `"open" but the closing date ${closes.toISOString().slice(0, 10)} has passed: set status to "closed"`,
        });
      }
    }
    if (entry.collection === 'localities' && data.leadOrganisation !== undefined) {
      references.push({
        field: 'leadOrganisation',
        value: data.leadOrganisation,
        kind: 'organisation',
        known: organisations,
      });
    }
    if (entry.collection === 'articles' || entry.collection === 'guides') {
      (Array.isArray(data.relatedServices) ? (data.relatedServices as unknown[]) : []).forEach((value, index) =>
        references.push({ field: `relatedServices.${String(index)}`, value, kind: 'service', known: services }),
      );
    }
    for (const reference of references) {
      if (typeof reference.value === 'string' && !reference.known.has(reference.value)) {
        problems.push({
          path,
          field: reference.field,
          message: unknown(reference.kind, reference.value, reference.known),
        });
      }
    }
  }
  return problems;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((problem) => `  ${problem.path}: ${problem.field}: ${problem.message}`);
  return `${String(problems.length)} content problem${problems.length === 1 ? '' : 's'} found:\n${lines.join('\n')}`;
}
