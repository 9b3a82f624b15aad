/**
 * Credits for the data the directory holds: every source listings were imported from (its
 * publisher, licence, credit and import date, from each listing's `imported` field) and, when any
 * listing was placed from its postcode, the postcode lookup's own attribution (for Birmingham,
 * OS Code-Point Open under the Open Government Licence: area/area.config.ts). Shown on the data
 * page, and on the map for the listings it shows.
 */
import { area } from '../../area.ts';

export interface ImportCredit {
  publisher: string | undefined;
  /** The file or feed address the listings came from. */
  from: string;
  licence: string | undefined;
  attribution: string | undefined;
  /** The latest import day (YYYY-MM-DD). */
  date: string | undefined;
  /** Published listings from this source. */
  listings: number;
}

interface WithImported {
  imported?:
    | {
        publisher?: string | undefined;
        from?: string | undefined;
        licence?: string | undefined;
        attribution?: string | undefined;
        date?: string | Date | undefined;
        postcodeLookup?: boolean | undefined;
      }
    | undefined;
}

const day = (date: string | Date | undefined): string | undefined =>
  date instanceof Date ? date.toISOString().slice(0, 10) : date;

/** One credit per source (publisher and file or feed), most listings first, then by name. */
export function importCredits(services: readonly WithImported[]): ImportCredit[] {
  const credits = new Map<string, ImportCredit>();
  for (const { imported } of services) {
    if (!imported?.from && !imported?.publisher) continue;
    const from = imported.from ?? '';
    const key = `${imported.publisher ?? ''}\u0000${from}`;
    const credit = credits.get(key) ?? {
      publisher: imported.publisher,
      from,
      licence: undefined,
      attribution: undefined,
      date: undefined,
      listings: 0,
    };
    credit.listings += 1;
    credit.licence ??= imported.licence;
    credit.attribution ??= imported.attribution;
    const date = day(imported.date);
    if (date && (!credit.date || date > credit.date)) credit.date = date;
    credits.set(key, credit);
  }
  return [...credits.values()].sort(
    (a, b) => b.listings - a.listings || (a.publisher ?? a.from).localeCompare(b.publisher ?? b.from),
  );
}

/** The postcode lookup's attribution when any of these listings was placed by it, else undefined. */
export function postcodeCredit(services: readonly WithImported[]): string | undefined {
  if (!services.some((service) => service.imported?.postcodeLookup === true)) return undefined;
  return area.postcodeAttribution ?? area.attribution;
}

/** "6 December 2026" */
export function creditDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime())
    ? date
    : parsed.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The map's short credit for imported listings it shows: "Listings from Give Food (CC BY 4.0), ...". */
export function mapListingCredit(
  services: readonly (WithImported & { locations?: readonly unknown[] | undefined })[],
): string | undefined {
  const credits = importCredits(services.filter((service) => (service.locations?.length ?? 0) > 0));
  if (credits.length === 0) return undefined;
  const parts = credits.map((credit) => {
    const name = credit.publisher ?? credit.from;
    const terms = [credit.licence, credit.attribution?.replace(/\.$/, '')].filter(Boolean).join('; ');
    return terms ? `${name} (${terms})` : name;
  });
  return `Listings from ${[...new Set(parts)].join(', ')}.`;
}
