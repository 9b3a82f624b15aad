/**
 * Reading the values people type into spreadsheets: dates in several formats,
 * lists, yes/no, opening times, labels instead of values. Each parser returns
 * either a value or a plain-language reason, never throws.
 */
import { weekdays, type TermDefinition } from '../../schemas/taxonomy.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** A stable slug from a name: "St Mary's Café & Hub" -> "st-marys-cafe-hub". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoFrom(year: number, month: number, day: number): Parsed<string> {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return fail('is not a real date');
  }
  return ok(date.toISOString().slice(0, 10));
}

/**
 * Dates as UK spreadsheets hold them: 2021-02-01, 01/02/2021 (day first, as in
 * the UK), 1/2/21, 1 Feb 2021, 1st February 2021. Returns YYYY-MM-DD.
 */
export function parseUkDate(input: string): Parsed<string> {
  const text = input.trim();
  const reason = `"${text}" is not a date: write it as 2021-02-01, 01/02/2021 or 1 Feb 2021`;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]+Z?)?$/.exec(text);
  if (match) return withReason(isoFrom(Number(match[1]), Number(match[2]), Number(match[3])), reason);
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (match) {
    const year = Number(match[3]);
    return withReason(isoFrom(year < 100 ? 2000 + year : year, Number(match[2]), Number(match[1])), reason);
  }
  match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(text);
  if (match) {
    const month = months.indexOf((match[2] ?? '').slice(0, 3).toLowerCase());
    if (month >= 0) return withReason(isoFrom(Number(match[3]), month + 1, Number(match[1])), reason);
  }
  return fail(reason);
}

function withReason(result: Parsed<string>, reason: string): Parsed<string> {
  return result.ok ? result : fail(reason);
}

/** Cells holding several values: "a; b", "a, b" or one per line. */
export function splitList(input: string): string[] {
  return input
    .split(/[;\n]|,(?![^()]*\))/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function findTerm(text: string, terms: readonly TermDefinition[]): TermDefinition | undefined {
  const key = text.trim().toLowerCase();
  return terms.find((t) => t.value === key || t.label.toLowerCase() === key || t.value === slugify(text));
}

/**
 * Taxonomy values typed as the value ("early-years") or as the label ("Early
 * years"), separated by semicolons, new lines or commas. A label that itself
 * holds a comma ("Families, parents and carers") is recognised whole first.
 */
export function parseTerms(input: string, terms: readonly TermDefinition[]): Parsed<string[]> {
  const values: string[] = [];
  const parts = input
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => (findTerm(part, terms) ? [part] : splitList(part)));
  for (const part of parts) {
    const term = findTerm(part, terms);
    if (!term) {
      return fail(`"${part}" is not allowed; allowed values: ${terms.map((t) => t.value).join(', ')}`);
    }
    if (!values.includes(term.value)) values.push(term.value);
  }
  return ok(values);
}

export function parseYesNo(input: string): Parsed<boolean | undefined> {
  const text = input.trim().toLowerCase();
  if (text === '') return ok(undefined);
  if (['yes', 'y', 'true', '1'].includes(text)) return ok(true);
  if (['no', 'n', 'false', '0'].includes(text)) return ok(false);
  return fail(`"${input.trim()}" should be yes or no`);
}

/** Something that is clearly a phone number, typed where an email address should be. */
export function looksLikePhone(input: string): boolean {
  const text = input.trim();
  return !text.includes('@') && /^[+\d][\d\s()-]{5,}$/.test(text) && /\d{6,}/.test(text.replace(/\D/g, ''));
}

const dayCodes = weekdays.map((day) => day.value);
type Weekday = (typeof dayCodes)[number];

function dayFrom(word: string): Weekday | undefined {
  const key = word.trim().toLowerCase().slice(0, 3);
  return dayCodes.find((day) => day.startsWith(key) && key.length >= 2);
}

export interface RegularSlot {
  days: Weekday[];
  opensAt: string;
  closesAt: string;
}

function clock(text: string): string | undefined {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  return `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}`;
}

/** "Mon-Fri 09:00-17:00; Sat 10:00-12:00" or "Monday to Friday 9.00-17.00". */
export function parseOpeningTimes(input: string): Parsed<RegularSlot[]> {
  const slots: RegularSlot[] = [];
  for (const part of input
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^(.+?)\s+(\d{1,2}[:.]\d{2})\s*(?:-|–|to)\s*(\d{1,2}[:.]\d{2})$/i.exec(part);
    const reason = `"${part}" is not a day and time range: write e.g. "Mon-Fri 09:00-17:00; Sat 10:00-12:00"`;
    if (!match) return fail(reason);
    const opensAt = clock(match[2] ?? '');
    const closesAt = clock(match[3] ?? '');
    if (!opensAt || !closesAt) return fail(reason);
    const days: Weekday[] = [];
    for (const group of (match[1] ?? '').split(/,|&|\band\b/)) {
      const range = group.split(/\s*(?:-|–|\bto\b)\s*/);
      const first = dayFrom(range[0] ?? '');
      const last = range.length > 1 ? dayFrom(range[1] ?? '') : first;
      if (!first || !last || range.length > 2) return fail(reason);
      const from = dayCodes.indexOf(first);
      const to = dayCodes.indexOf(last);
      if (to < from) return fail(reason);
      for (const day of dayCodes.slice(from, to + 1)) if (!days.includes(day)) days.push(day);
    }
    slots.push({ days, opensAt, closesAt });
  }
  return ok(slots);
}

/** The inverse of parseOpeningTimes: "Mon,Tue 09:00-17:00; Sat 10:00-12:00". */
export function formatOpeningTimes(slots: readonly { days: readonly string[]; opensAt: string; closesAt: string }[]) {
  const short = (day: string) => day.charAt(0).toUpperCase() + day.slice(1, 3);
  return slots.map((slot) => `${slot.days.map(short).join(',')} ${slot.opensAt}-${slot.closesAt}`).join('; ');
}
