/** Plain-language labels for listing fields, shared by pages, feeds and exports. */
import { ageBands, costTypes, termLabel, weekdays } from '../../schemas/taxonomy.ts';

export interface AgeRange {
  minimumAge?: number | undefined;
  maximumAge?: number | undefined;
}

/** "11 to 25 years", "Up to 4 years", "16 years and over", or "All ages". */
export function ageRangeLabel({ minimumAge, maximumAge }: AgeRange): string {
  if (minimumAge === undefined && maximumAge === undefined) return 'All ages';
  if (minimumAge === undefined || minimumAge === 0) return `Up to ${String(maximumAge ?? 25)} years`;
  if (maximumAge === undefined) return `${String(minimumAge)} years and over`;
  return `${String(minimumAge)} to ${String(maximumAge)} years`;
}

/** The age bands (for browsing and filters) that a listing's age range overlaps. */
export function ageBandsFor({ minimumAge, maximumAge }: AgeRange): string[] {
  const min = minimumAge ?? 0;
  const max = maximumAge ?? 25;
  return ageBands.filter((band) => band.min <= max && band.max >= min).map((band) => band.value);
}

export function costLabel(cost: { type: string; detail?: string | undefined }): string {
  return termLabel(costTypes, cost.type);
}

/** "Monday to Friday" for consecutive days, otherwise a comma list. */
export function daysLabel(days: readonly string[]): string {
  const order = weekdays.map((day) => day.value as string);
  const sorted = [...days].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const indexes = sorted.map((day) => order.indexOf(day));
  const consecutive = indexes.every((value, i) => i === 0 || value === (indexes[i - 1] ?? -2) + 1);
  const labels = sorted.map((day) => termLabel(weekdays, day));
  if (labels.length > 2 && consecutive) return `${labels[0] ?? ''} to ${labels[labels.length - 1] ?? ''}`;
  return labels.join(', ');
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function formatPounds(amount: number): string {
  return `£${amount.toLocaleString('en-GB', { maximumFractionDigits: 0 })}`;
}

/** The phone number as a tel: link target: digits and a leading + only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** "1 listing", "12 listings". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${String(count)} ${count === 1 ? singular : plural}`;
}

/** Where an imported listing came from, in plain words: "From North Example Council's directory (north.json)". */
export function importedFromLabel(imported: { publisher?: string | undefined; from?: string | undefined }): string {
  const from = imported.from ? ` (${imported.from})` : '';
  return imported.publisher ? `From ${imported.publisher}${from}` : `From ${imported.from ?? 'another directory'}`;
}
