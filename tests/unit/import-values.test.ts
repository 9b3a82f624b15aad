import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvColumnNames } from '../../src/lib/open-data/csv-columns.ts';
import {
  formatOpeningTimes,
  looksLikePhone,
  parseOpeningTimes,
  parseTerms,
  parseUkDate,
  parseYesNo,
  slugify,
} from '../../src/lib/import/values.ts';
import { audiences } from '../../src/schemas/taxonomy.ts';
import { uuidV5 } from '../../src/lib/open-data/uuid.ts';

describe('parseUkDate', () => {
  it.each([
    ['2021-02-01', '2021-02-01'],
    ['01/02/2021', '2021-02-01'],
    ['1/2/2021', '2021-02-01'],
    ['1/2/21', '2021-02-01'],
    ['01.02.2021', '2021-02-01'],
    ['1 Feb 2021', '2021-02-01'],
    ['1st February 2021', '2021-02-01'],
    ['2021-02-01T00:00:00.000Z', '2021-02-01'],
  ])('reads %s as %s (day first, as in the UK)', (input, expected) => {
    expect(parseUkDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['31/02/2021', 'next Tuesday', '2021/31/01', '13 Smarch 2021'])('rejects %s with a reason', (input) => {
    const result = parseUkDate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('is not a date');
  });
});

describe('looksLikePhone', () => {
  it('spots a phone number typed in the email column', () => {
    expect(looksLikePhone('0121 464 0000')).toBe(true);
    expect(looksLikePhone('+44 (0)121 464 0000')).toBe(true);
    expect(looksLikePhone('info@example.org')).toBe(false);
    expect(looksLikePhone('ask at reception')).toBe(false);
  });
});

describe('parseTerms', () => {
  it('accepts values or labels, separated by semicolons or commas, without repeats', () => {
    expect(parseTerms('Parents and carers; children, children', audiences)).toEqual({
      ok: true,
      value: ['families-parents-carers', 'children'],
    });
  });
  it('names the unknown value and lists the allowed ones', () => {
    const result = parseTerms('grown-ups', audiences);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reason).toMatch(/^"grown-ups" is not allowed; allowed values: families-parents-carers/);
  });
});

describe('parseOpeningTimes', () => {
  it('reads ranges, lists and dotted times', () => {
    expect(parseOpeningTimes('Mon-Wed 09:00-17:00; Sat 10.00 to 12.30')).toEqual({
      ok: true,
      value: [
        { days: ['monday', 'tuesday', 'wednesday'], opensAt: '09:00', closesAt: '17:00' },
        { days: ['saturday'], opensAt: '10:00', closesAt: '12:30' },
      ],
    });
    expect(parseOpeningTimes('Monday to Friday 9:30-15:00')).toMatchObject({
      ok: true,
      value: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], opensAt: '09:30' }],
    });
  });
  it('round-trips with formatOpeningTimes', () => {
    const slots = [{ days: ['monday', 'wednesday'] as const, opensAt: '09:30', closesAt: '11:30' }];
    const text = formatOpeningTimes(slots.map((s) => ({ ...s, days: [...s.days] })));
    expect(text).toBe('Mon,Wed 09:30-11:30');
    expect(parseOpeningTimes(text)).toEqual({ ok: true, value: [{ ...slots[0], days: ['monday', 'wednesday'] }] });
  });
  it('rejects what it cannot read', () => {
    expect(parseOpeningTimes('mornings').ok).toBe(false);
  });
});

describe('small helpers', () => {
  it('makes stable slugs', () => {
    expect(slugify("St Mary's Café & Hub, Sparkhill")).toBe('st-marys-cafe-and-hub-sparkhill');
  });
  it('reads yes and no', () => {
    expect(parseYesNo('Yes')).toEqual({ ok: true, value: true });
    expect(parseYesNo('')).toEqual({ ok: true, value: undefined });
    expect(parseYesNo('maybe').ok).toBe(false);
  });
  it('makes RFC 9562 version 5 UUIDs', () => {
    // The RFC's DNS-namespace example value.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});

describe('docs/open-referral.md', () => {
  it('documents every spreadsheet column', () => {
    const doc = readFileSync('docs/open-referral.md', 'utf8');
    expect(csvColumnNames.filter((name) => !doc.includes(`\`${name}\``))).toEqual([]);
  });
});
