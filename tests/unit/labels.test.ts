import { describe, expect, it } from 'vitest';
import { ageBandsFor, ageRangeLabel, daysLabel, telHref } from '../../src/lib/directory/labels.ts';
import { isOverdue } from '../../src/lib/directory/freshness.ts';

describe('labels', () => {
  it('describes age ranges in plain words', () => {
    expect(ageRangeLabel({ minimumAge: 11, maximumAge: 25 })).toBe('11 to 25 years');
    expect(ageRangeLabel({})).toBe('All ages');
    expect(ageRangeLabel({ maximumAge: 4 })).toBe('Up to 4 years');
    expect(ageRangeLabel({ minimumAge: 16 })).toBe('16 years and over');
  });
  it('maps an age range to the browse bands it overlaps', () => {
    expect(ageBandsFor({ minimumAge: 11, maximumAge: 25 })).toEqual(['11-15', '16-18', '19-25']);
    expect(ageBandsFor({})).toEqual(['0-4', '5-10', '11-15', '16-18', '19-25']);
  });
  it('joins consecutive days into a range', () => {
    expect(daysLabel(['friday', 'monday', 'tuesday', 'wednesday', 'thursday'])).toBe('Monday to Friday');
    expect(daysLabel(['monday', 'wednesday'])).toBe('Monday, Wednesday');
  });
  it('makes tel: links from written numbers', () => {
    expect(telHref('0121 303 1888')).toBe('tel:01213031888');
  });
  it('knows when a listing is overdue for checking', () => {
    const today = new Date('2026-01-01T00:00:00Z');
    expect(isOverdue(new Date('2024-12-01T00:00:00Z'), 12, today)).toBe(true);
    expect(isOverdue(new Date('2025-06-01T00:00:00Z'), 12, today)).toBe(false);
  });
});
