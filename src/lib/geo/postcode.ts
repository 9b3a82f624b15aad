/**
 * Postcodes for "near me", worked out in the browser with no network lookup: a full
 * postcode is reduced to its district (the outward code, e.g. "B15" from "B15 2TT"),
 * whose centroid comes from the area's district file (`area.files.postcodeDistricts`).
 */
import type { LatLng } from './geometry.ts';

export interface ParsedPostcode {
  /** The district (outward code), e.g. "B15". */
  outcode: string;
  /** The whole postcode as typed, tidied ("B15 2TT"), when a full one was given. */
  full?: string;
}

const fullPattern = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;
const districtPattern = /^[A-Z]{1,2}\d[A-Z\d]?$/;

/** Reads a UK postcode or postcode district as people type it; undefined when it is neither. */
export function parsePostcode(input: string): ParsedPostcode | undefined {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const full = fullPattern.exec(compact);
  if (full) {
    const [, outcode = '', inward = ''] = full;
    return { outcode, full: `${outcode} ${inward}` };
  }
  if (districtPattern.test(compact)) return { outcode: compact };
  return undefined;
}

export interface PostcodeDistrict extends LatLng {
  outcode: string;
  /** The locality containing the district's centroid, or "" outside the area. */
  locality: string;
}

/** Parses the district centroid file (columns outcode,lat,lng,locality). Bad rows are skipped. */
export function parseDistrictCsv(text: string): PostcodeDistrict[] {
  const [header = '', ...rows] = text.trim().split(/\r?\n/);
  const columns = header.split(',').map((name) => name.trim());
  const at = (name: string) => columns.indexOf(name);
  const districts: PostcodeDistrict[] = [];
  for (const row of rows) {
    const cells = row.split(',').map((cell) => cell.trim());
    const outcode = (cells[at('outcode')] ?? '').toUpperCase();
    const lat = Number(cells[at('lat')]);
    const lng = Number(cells[at('lng')]);
    if (!districtPattern.test(outcode) || !Number.isFinite(lat) || !Number.isFinite(lng)) continue;
    districts.push({ outcode, lat, lng, locality: cells[at('locality')] ?? '' });
  }
  return districts;
}

export type PostcodeLookup =
  | { ok: true; district: PostcodeDistrict; postcode: ParsedPostcode }
  | { ok: false; reason: 'not-a-postcode' | 'unknown-district'; postcode?: ParsedPostcode };

/** Finds the district centroid for what someone typed. */
export function lookupPostcode(input: string, districts: readonly PostcodeDistrict[]): PostcodeLookup {
  const postcode = parsePostcode(input);
  if (!postcode) return { ok: false, reason: 'not-a-postcode' };
  const district = districts.find((candidate) => candidate.outcode === postcode.outcode);
  return district ? { ok: true, district, postcode } : { ok: false, reason: 'unknown-district', postcode };
}
