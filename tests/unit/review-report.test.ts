import { describe, expect, it } from 'vitest';
import {
  byLocality,
  reviewCounts,
  reviewCsv,
  reviewItems,
  reviewMarkdown,
  reviewSummaryLine,
  type ReviewableEntry,
} from '../../src/lib/directory/review-report.ts';
import { firstLocality, secondLocality } from '../support/area-localities.ts';

const today = new Date('2026-11-25T12:00:00Z');
const options = { defaultIntervalMonths: 12, today };
const siteUrl = 'https://localoffer.example.org';

const service = (id: string, data: Partial<ReviewableEntry['data']>): ReviewableEntry => ({
  collection: 'services',
  id,
  data: {
    name: id,
    localities: [firstLocality.value],
    assuredDate: new Date('2026-06-01'),
    status: 'current',
    delivery: ['in-person'],
    contact: { phone: '0121 000 0000' },
    locations: [{ postcode: 'B23 6AA' }],
    schedule: { regular: [{}] },
    ...data,
  },
});

const entries: ReviewableEntry[] = [
  service('fresh-and-complete', {}),
  service('old', { assuredDate: new Date('2021-02-09'), localities: [firstLocality.value, secondLocality.value] }),
  service('short-interval', { assuredDate: new Date('2026-06-01'), reviewIntervalMonths: 3 }),
  service('no-contact', { contact: {} }),
  service('no-place', { locations: [] }),
  service('online-only', { delivery: ['online'], locations: [] }),
  service('no-times', { schedule: undefined }),
  service('times-note-only', { schedule: { regular: [], note: 'Term time only' } }),
  service('historic', { status: 'historic', assuredDate: new Date('2019-01-01') }),
  {
    collection: 'grants',
    id: 'a-grant',
    data: { name: 'A grant, with "quotes"', localities: ['citywide'], assuredDate: new Date('2024-01-01') },
  },
];

describe('review report', () => {
  const items = reviewItems(entries, options);
  const byId = new Map(items.map((item) => [item.id, item]));

  it('leaves historic services out', () => {
    expect(byId.has('historic')).toBe(false);
    expect(items).toHaveLength(9);
  });

  it('finds overdue listings, using each listing’s own interval when it has one', () => {
    expect(byId.get('old')?.overdue).toBe(true);
    expect(byId.get('short-interval')?.overdue).toBe(true);
    expect(byId.get('fresh-and-complete')?.overdue).toBe(false);
    expect(byId.get('a-grant')?.overdue).toBe(true);
  });

  it('finds incomplete services, but never asks a grant or an online service for a place', () => {
    expect(byId.get('no-contact')?.noContact).toBe(true);
    expect(byId.get('no-place')?.noLocation).toBe(true);
    expect(byId.get('online-only')?.noLocation).toBe(false);
    expect(byId.get('no-times')?.noOpeningTimes).toBe(true);
    expect(byId.get('times-note-only')?.noOpeningTimes).toBe(false);
    expect(byId.get('a-grant')).toMatchObject({ noContact: false, noLocation: false, noOpeningTimes: false });
  });

  it('counts for the build summary line', () => {
    const counts = reviewCounts(items);
    expect(counts).toEqual({ total: 9, overdue: 3, noContact: 1, noLocation: 1, noOpeningTimes: 1, drafts: 0 });
    expect(reviewSummaryLine(counts)).toMatch(/^Review: 3 of 9 listings overdue, 1 with no contact details, /);
  });

  it('groups by locality, listing a service under every area it serves', () => {
    const groups = byLocality(items);
    expect(groups.map((group) => group.locality)).toEqual([firstLocality.value, secondLocality.value, 'citywide']);
    expect(groups.find((group) => group.locality === secondLocality.value)?.items.map((item) => item.id)).toEqual([
      'old',
    ]);
    expect(groups[0]?.items.some((item) => item.id === 'fresh-and-complete')).toBe(false);
  });

  it('writes markdown with a table per locality and links to the listings', () => {
    const markdown = reviewMarkdown(items, { siteUrl, today });
    expect(markdown).toContain(`## ${firstLocality.label} (5)`);
    expect(markdown).toContain('## Whole city (1)');
    expect(markdown).toContain(
      '| [old](https://localoffer.example.org/services/old/) | Service | 2021-02-09 | review overdue since 2022-02-09 |',
    );
    expect(markdown).toContain('no place (delivered in person)');
  });

  it('writes CSV with one row per listing and locality, quoting where needed', () => {
    const csv = reviewCsv(items, { siteUrl }).trim().split('\n');
    expect(csv[0]).toBe(
      'locality,type,id,name,url,last_checked,review_due,overdue,no_contact,no_location,no_opening_times,draft,review_notes',
    );
    expect(csv).toHaveLength(1 + 5 + 1 + 1);
    expect(csv).toContain(
      'Whole city,grant,a-grant,"A grant, with ""quotes""",https://localoffer.example.org/grants/a-grant/,2024-01-01,2025-01-01,true,false,false,false,false,',
    );
  });

  it('lists drafts with what they still need, under "No locality yet" when they have none', () => {
    const draft = {
      collection: 'services' as const,
      id: 'imported-group',
      data: {
        name: 'Imported Group',
        status: 'draft',
        reviewNotes: ['categories: missing', 'phone: "call us" is not a UK phone number we can read: check it'],
        imported: { date: new Date('2026-12-01') },
      },
    };
    const withDraft = reviewItems([draft], options);
    expect(reviewCounts(withDraft)).toMatchObject({ total: 1, drafts: 1 });
    expect(byLocality(withDraft).map((group) => group.label)).toEqual(['No locality yet']);
    expect(reviewMarkdown(withDraft, { siteUrl, today })).toContain(
      'draft, not published: categories: missing; phone: "call us" is not a UK phone number',
    );
    // A note that starts like a formula is neutralised in the CSV.
    const formula = reviewItems([{ ...draft, data: { ...draft.data, reviewNotes: ['=HYPERLINK("x")'] } }], options);
    expect(reviewCsv(formula, { siteUrl })).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('says so when there is nothing to review', () => {
    const markdown = reviewMarkdown(reviewItems([service('ok', {})], options), { siteUrl, today });
    expect(markdown).toContain('Nothing to review');
  });
});
