/**
 * Some fixtures (tests/fixtures/export-content, tests/fixtures/import, rows in the import tests)
 * were written with Birmingham's localities, coordinates and postcodes. In a copy serving another
 * area (a fork, or the Fixton test area: `npm run build:fixture` runs the unit tests there), these
 * helpers move them into that area, so the same tests hold: a Birmingham locality becomes the
 * area's locality at the same place in this list, a point keeps its relative place in the area's
 * bounds, and a postcode becomes one of the area's own (homePostcode).
 */
import { area } from '../../src/area.ts';
import { loadGazetteer, placePostcode } from '../../src/lib/import/places.ts';
import { parsePostcode } from '../../src/lib/geo/postcode.ts';

/** The Birmingham localities the fixtures name, in the order they are re-homed. */
const fixtureLocalities = ['erdington', 'hodge-hill', 'yardley', 'ladywood', 'hall-green'];
/** The bounds the fixtures' coordinates were written in (Birmingham's, area/area.config.ts there). */
const fixtureBounds = { minLat: 51.9, maxLat: 53.25, minLng: -3.25, maxLng: -1.15 };

const inArea = (lat: number, lng: number) =>
  lat >= area.bounds.minLat && lat <= area.bounds.maxLat && lng >= area.bounds.minLng && lng <= area.bounds.maxLng;

/** A fixture's locality slug in this copy's area. */
export function homeLocality(slug: string): string {
  if (area.localities.some((locality) => locality.value === slug)) return slug;
  const index = fixtureLocalities.indexOf(slug);
  if (index < 0) return slug;
  return area.localities[index % area.localities.length]?.value ?? slug;
}

/** A fixture's point in this copy's area, rounded to 5 decimals like content. */
export function homePoint(lat: number, lng: number): { lat: number; lng: number } {
  if (inArea(lat, lng)) return { lat, lng };
  const scale = (value: number, fromMin: number, fromMax: number, toMin: number, toMax: number) =>
    Math.round((toMin + ((value - fromMin) / (fromMax - fromMin)) * (toMax - toMin)) * 1e5) / 1e5;
  return {
    lat: scale(lat, fixtureBounds.minLat, fixtureBounds.maxLat, area.bounds.minLat, area.bounds.maxLat),
    lng: scale(lng, fixtureBounds.minLng, fixtureBounds.maxLng, area.bounds.minLng, area.bounds.maxLng),
  };
}

/** A fixture's text (a spreadsheet) with its Birmingham locality slugs made this area's. */
export function homeText(text: string): string {
  return text.replace(new RegExp(`\\b(${fixtureLocalities.join('|')})\\b`, 'g'), (slug) => homeLocality(slug));
}

/** A service's front matter (or any record with `localities` and `locations`) in this copy's area. */
export function homeData<T>(data: T): T {
  if (typeof data !== 'object' || data === null) return data;
  const record = { ...(data as Record<string, unknown>) };
  if (Array.isArray(record.localities)) {
    record.localities = record.localities.map((slug) => (typeof slug === 'string' ? homeLocality(slug) : slug));
  }
  if (Array.isArray(record.locations)) {
    record.locations = record.locations.map((location: unknown) => {
      if (typeof location !== 'object' || location === null) return location;
      const place = location as Record<string, unknown>;
      if (typeof place.latitude !== 'number' || typeof place.longitude !== 'number') return place;
      const point = homePoint(place.latitude, place.longitude);
      return { ...place, latitude: point.lat, longitude: point.lng };
    });
  }
  return record as T;
}

/** A fixture's markdown file (front matter) with its localities and `latitude`/`longitude` pairs made this area's. */
export function homeMarkdown(text: string): string {
  return homeText(text).replace(
    /latitude: (-?[\d.]+)(\s+)longitude: (-?[\d.]+)/g,
    (_match, lat: string, gap: string, lng: string) => {
      const point = homePoint(Number(lat), Number(lng));
      return `latitude: ${String(point.lat)}${gap}longitude: ${String(point.lng)}`;
    },
  );
}

/** The Birmingham postcodes the import fixtures name, in the order they are re-homed. */
const fixturePostcodes = ['B11 1AA', 'B23 6AA', 'B31 2AA', 'B11 1AB', 'B27 6AA', 'B11 1AD', 'B28 8AA', 'B13 8AY'];

/** FNV-1a: a stable start in the area's list for a postcode no fixture list names. */
const hash = (text: string) => {
  let value = 0x811c9dc5;
  for (const char of text) value = Math.imul(value ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return value;
};

let areaPostcodes: string[] | undefined;
/** The full postcodes of the area's lookup file (the one the import reads), sorted, written with their space. */
function postcodesOfArea(): string[] {
  areaPostcodes ??= [...loadGazetteer().points.keys()]
    .map((compact) => `${compact.slice(0, -3)} ${compact.slice(-3)}`)
    .sort();
  return areaPostcodes;
}

/**
 * A fixture's postcode in this copy's area: kept when the area's postcode lookup has it (so in
 * Birmingham nothing changes), else a postcode of that lookup lying in one of the area's
 * localities, the same one on every run (the n-th of the sorted list for the n-th fixture
 * postcode, so different fixture postcodes get different ones where the area has enough). Text
 * that is not a full UK postcode ("90210", a district) is left as it is.
 */
export function homePostcode(postcode: string): string {
  const full = parsePostcode(postcode)?.full;
  if (!full) return postcode;
  const gazetteer = loadGazetteer();
  if (gazetteer.points.has(full.replace(' ', ''))) return postcode;
  const candidates = postcodesOfArea();
  const known = fixturePostcodes.indexOf(full);
  const start = known >= 0 ? known : hash(full);
  for (let step = 0; step < candidates.length; step += 1) {
    const candidate = candidates[(start + step) % candidates.length] ?? '';
    if (placePostcode(candidate, gazetteer).locality) return candidate;
  }
  throw new Error(`No postcode of ${area.files.postcodes} lies in one of ${area.name}'s localities`);
}

/**
 * Where a fixture's postcode is in this copy's area, found as the import finds it (the area's
 * postcode lookup and boundaries): the postcode it becomes, its point and its locality.
 */
export function homePlace(postcode: string): { postcode: string; lat?: number; lng?: number; locality?: string } {
  const placed = placePostcode(homePostcode(postcode), loadGazetteer());
  return {
    postcode: placed.postcode ?? postcode,
    ...(placed.point ? { lat: placed.point.lat, lng: placed.point.lng } : {}),
    ...(placed.locality ? { locality: placed.locality } : {}),
  };
}

/**
 * A feed or spreadsheet of tests/fixtures/import in this copy's area: its full postcodes
 * (homePostcode), its `"latitude": …, "longitude": …` pairs (homePoint) and its locality slugs.
 */
export function homeImportText(text: string): string {
  return homeText(text)
    .replace(/\b[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}\b/g, (postcode) => homePostcode(postcode))
    .replace(
      /("latitude"\s*:\s*)(-?[\d.]+)(\s*,\s*"longitude"\s*:\s*)(-?[\d.]+)/g,
      (_match, before: string, lat: string, between: string, lng: string) => {
        const point = homePoint(Number(lat), Number(lng));
        return `${before}${String(point.lat)}${between}${String(point.lng)}`;
      },
    );
}
