/**
 * Some fixtures (tests/fixtures/export-content, rows in the import tests) were written with
 * Birmingham's localities and coordinates. In a copy serving another area (a fork, or the
 * Fixton test area: `npm run build:fixture` runs the unit tests there), these helpers move them
 * into that area, so the same tests hold: a Birmingham locality becomes the area's locality at
 * the same place in this list, and a point keeps its relative place in the area's bounds.
 */
import { area } from '../../src/area.ts';

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
