/**
 * The review report for Community Connectors: which listings are past their review date,
 * and which miss contact details, a place or opening times, grouped by locality.
 *
 * Pure functions over validated entries, so the same numbers appear in the build's
 * one-line summary (src/integrations/review-summary.ts), in `npm run report:review`
 * (scripts/review-report.ts) and in the unit tests.
 */
import { serviceAreas, termLabel } from '../../schemas/taxonomy.ts';
import { addMonths, isOverdue } from './freshness.ts';
import { neutraliseFormula } from '../open-data/csv-safety.ts';

/** The fields the report reads; services and grants both validate to this shape. */
export interface ReviewableEntry {
  collection: 'services' | 'grants';
  id: string;
  data: {
    name: string;
    /** A draft may have no localities or date yet. */
    localities?: readonly string[] | undefined;
    assuredDate?: Date | undefined;
    reviewIntervalMonths?: number | undefined;
    reviewNotes?: readonly string[] | undefined;
    imported?: { date: Date } | undefined;
    status?: string;
    delivery?: readonly string[];
    contact?: { phone?: string | undefined; email?: string | undefined; website?: string | undefined };
    locations?: readonly unknown[];
    schedule?: { regular: readonly unknown[]; note?: string | undefined } | undefined;
  };
}

export interface ReviewItem {
  collection: 'services' | 'grants';
  id: string;
  name: string;
  /** Site path of the listing, e.g. /services/kooth/ */
  path: string;
  localities: readonly string[];
  assuredDate: Date;
  reviewDue: Date;
  overdue: boolean;
  noContact: boolean;
  noLocation: boolean;
  noOpeningTimes: boolean;
  /** A draft (status: draft) and what it still needs. */
  draft: boolean;
  reviewNotes: readonly string[];
}

export interface ReviewOptions {
  /** Site default when a listing sets no reviewIntervalMonths. */
  defaultIntervalMonths: number;
  today?: Date;
}

/**
 * One listing's review status. "Incomplete" only applies where it makes sense: grants
 * have no contact, place or opening times fields, and a place is only missing for a
 * service delivered in person.
 */
export function reviewItem(entry: ReviewableEntry, options: ReviewOptions): ReviewItem {
  const { data } = entry;
  const interval = data.reviewIntervalMonths ?? options.defaultIntervalMonths;
  const isService = entry.collection === 'services';
  const contact = data.contact ?? {};
  const schedule = data.schedule;
  // A draft without a checked date counts from its import day.
  const assuredDate = data.assuredDate ?? data.imported?.date ?? options.today ?? new Date();
  return {
    collection: entry.collection,
    id: entry.id,
    name: data.name,
    path: `/${entry.collection}/${entry.id}/`,
    localities: data.localities ?? [],
    assuredDate,
    reviewDue: addMonths(assuredDate, interval),
    overdue: isOverdue(assuredDate, interval, options.today),
    noContact: isService && !contact.phone && !contact.email && !contact.website,
    noLocation: isService && (data.delivery ?? []).includes('in-person') && (data.locations ?? []).length === 0,
    noOpeningTimes: isService && (schedule === undefined || (schedule.regular.length === 0 && !schedule.note)),
    draft: data.status === 'draft',
    reviewNotes: data.reviewNotes ?? [],
  };
}

/** Historic services no longer run, so nobody needs to check them. */
const isActive = (entry: ReviewableEntry) => entry.data.status !== 'historic';

export function reviewItems(entries: readonly ReviewableEntry[], options: ReviewOptions): ReviewItem[] {
  return entries
    .filter(isActive)
    .map((entry) => reviewItem(entry, options))
    .sort((a, b) => a.reviewDue.getTime() - b.reviewDue.getTime() || a.name.localeCompare(b.name, 'en-GB'));
}

export const needsAttention = (item: ReviewItem) =>
  item.draft || item.overdue || item.noContact || item.noLocation || item.noOpeningTimes;

export interface ReviewCounts {
  total: number;
  overdue: number;
  noContact: number;
  noLocation: number;
  noOpeningTimes: number;
  drafts: number;
}

export function reviewCounts(items: readonly ReviewItem[]): ReviewCounts {
  return {
    total: items.length,
    overdue: items.filter((item) => item.overdue).length,
    noContact: items.filter((item) => item.noContact).length,
    noLocation: items.filter((item) => item.noLocation).length,
    noOpeningTimes: items.filter((item) => item.noOpeningTimes).length,
    drafts: items.filter((item) => item.draft).length,
  };
}

/** "Review: 64 of 70 listings overdue, 58 with no contact details, ..." for the build log. */
export function reviewSummaryLine(counts: ReviewCounts): string {
  return (
    `Review: ${String(counts.overdue)} of ${String(counts.total)} listings overdue, ` +
    `${String(counts.noContact)} with no contact details, ${String(counts.noLocation)} with no place, ` +
    `${String(counts.noOpeningTimes)} with no opening times` +
    (counts.drafts > 0 ? `, ${String(counts.drafts)} draft${counts.drafts === 1 ? '' : 's'} to finish` : '') +
    ' (npm run report:review for the list)'
  );
}

/** Listings needing attention, by locality in the order of the taxonomy; a listing may sit in several. */
export function byLocality(items: readonly ReviewItem[]): { locality: string; label: string; items: ReviewItem[] }[] {
  return [
    ...serviceAreas.map((area) => ({
      locality: area.value as string,
      label: termLabel(serviceAreas, area.value),
      items: items.filter((item) => needsAttention(item) && item.localities.includes(area.value)),
    })),
    // Drafts whose place is not known yet still need someone to finish them.
    {
      locality: '',
      label: 'No locality yet',
      items: items.filter((item) => needsAttention(item) && item.localities.length === 0),
    },
  ].filter((group) => group.items.length > 0);
}

const day = (date: Date) => date.toISOString().slice(0, 10);

function problemsOf(item: ReviewItem): string[] {
  return [
    item.draft && `draft, not published: ${item.reviewNotes.join('; ') || 'check every field'}`,
    item.overdue && `review overdue since ${day(item.reviewDue)}`,
    item.noContact && 'no contact details',
    item.noLocation && 'no place (delivered in person)',
    item.noOpeningTimes && 'no opening times',
  ].filter((problem): problem is string => typeof problem === 'string');
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The markdown report: a summary, then a table per locality. */
export function reviewMarkdown(items: readonly ReviewItem[], options: { siteUrl: string; today: Date }): string {
  const counts = reviewCounts(items);
  const lines = [
    `# Listings to review`,
    '',
    `Made on ${day(options.today)}. ${reviewSummaryLine(counts).replace(/ \(npm run.*\)$/, '.')}`,
    '',
    'A listing appears under every area it serves. "Overdue" means it was last checked longer ago than its review interval.',
    '',
  ];
  const groups = byLocality(items);
  if (groups.length === 0) lines.push('Nothing to review: every listing is up to date and complete.', '');
  for (const group of groups) {
    lines.push(`## ${group.label} (${String(group.items.length)})`, '');
    lines.push('| Listing | Type | Last checked | What to do |', '| --- | --- | --- | --- |');
    for (const item of group.items) {
      const url = new URL(item.path, options.siteUrl).href;
      lines.push(
        `| [${escapeCell(item.name)}](${url}) | ${item.collection === 'services' ? 'Service' : 'Grant'} | ${day(item.assuredDate)} | ${problemsOf(item).join('; ')} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

const csvCell = (value: string) => {
  const safe = neutraliseFormula(value);
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The CSV report: one row per listing and locality, for a spreadsheet. */
export function reviewCsv(items: readonly ReviewItem[], options: { siteUrl: string }): string {
  const header = [
    'locality',
    'type',
    'id',
    'name',
    'url',
    'last_checked',
    'review_due',
    'overdue',
    'no_contact',
    'no_location',
    'no_opening_times',
    'draft',
    'review_notes',
  ];
  const rows = byLocality(items).flatMap((group) =>
    group.items.map((item) => [
      group.label,
      item.collection === 'services' ? 'service' : 'grant',
      item.id,
      item.name,
      new URL(item.path, options.siteUrl).href,
      day(item.assuredDate),
      day(item.reviewDue),
      String(item.overdue),
      String(item.noContact),
      String(item.noLocation),
      String(item.noOpeningTimes),
      String(item.draft),
      item.reviewNotes.join('; '),
    ]),
  );
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

/** The services and grants among validated content entries (see src/lib/content/validation.ts). */
export function reviewableEntries(
  entries: readonly { collection: string; id: string; data: Record<string, unknown> }[],
): ReviewableEntry[] {
  return entries
    .filter((entry) => entry.collection === 'services' || entry.collection === 'grants')
    .map((entry) => ({ ...entry, data: entry.data as unknown as ReviewableEntry['data'] }) as ReviewableEntry);
}
