/**
 * Pure geometry for the maps: point in polygon, distances, bounding boxes.
 * Coordinates follow GeoJSON: [longitude, latitude] in WGS84 degrees.
 */

export type Position = readonly [lng: number, lat: number];
export type Ring = readonly Position[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: readonly Ring[];
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: readonly (readonly Ring[])[];
}

export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export interface BoundaryFeature {
  type: 'Feature';
  properties: { name: string; slug: string; code?: string };
  geometry: AreaGeometry;
}

export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
}

export interface LatLng {
  lat: number;
  lng: number;
}

/** Ray casting: true when the point is inside the ring (points on an edge may go either way). */
export function pointInRing(point: LatLng, ring: Ring): boolean {
  let inside = false;
  const { lng: x, lat: y } = point;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function polygonsOf(geometry: AreaGeometry): readonly (readonly Ring[])[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

// Each geometry's bounding box, worked out once: most points tested lie outside most boundaries,
// and the box rules them out without walking thousands of vertices.
const boxes = new WeakMap<AreaGeometry, Bounds>();

/** True when the point is inside the polygon's outer ring and outside its holes. */
export function pointInGeometry(point: LatLng, geometry: AreaGeometry): boolean {
  let box = boxes.get(geometry);
  if (!box) {
    box = boundsOf([geometry]);
    boxes.set(geometry, box);
  }
  if (point.lat < box.minLat || point.lat > box.maxLat || point.lng < box.minLng || point.lng > box.maxLng)
    return false;
  return polygonsOf(geometry).some(
    ([outer, ...holes]) =>
      outer !== undefined && pointInRing(point, outer) && !holes.some((hole) => pointInRing(point, hole)),
  );
}

/** The slugs of every boundary that contains the point (normally one, or none outside the area). */
export function boundariesContaining(point: LatLng, boundaries: BoundaryCollection): string[] {
  return boundaries.features
    .filter((feature) => pointInGeometry(point, feature.geometry))
    .map((feature) => feature.properties.slug);
}

const earthRadiusKm = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const kmPerMile = 1.609344;

export function distanceMiles(a: LatLng, b: LatLng): number {
  return distanceKm(a, b) / kmPerMile;
}

/** "0.3 miles", "1 mile", "12 miles": one decimal under ten miles. */
export function formatMiles(miles: number): string {
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
  return `${rounded.toLocaleString('en-GB')} ${rounded === 1 ? 'mile' : 'miles'}`;
}

/**
 * Shortest distance in metres from a point to the edges of a geometry, on a local
 * flat projection (good to well under a metre over a city).
 */
export function distanceToEdgeMetres(point: LatLng, geometry: AreaGeometry): number {
  const metresPerDegreeLat = 111_320;
  const metresPerDegreeLng = 111_320 * Math.cos(radians(point.lat));
  const project = ([lng, lat]: Position): [number, number] => [
    (lng - point.lng) * metresPerDegreeLng,
    (lat - point.lat) * metresPerDegreeLat,
  ];
  let best = Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = project(ring[i - 1] as Position);
        const [bx, by] = project(ring[i] as Position);
        const dx = bx - ax;
        const dy = by - ay;
        const lengthSquared = dx * dx + dy * dy;
        const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return best;
}

export interface Bounds {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** The bounding box of one or more geometries. */
export function boundsOf(geometries: readonly AreaGeometry[]): Bounds {
  const bounds: Bounds = { minLng: Infinity, minLat: Infinity, maxLng: -Infinity, maxLat: -Infinity };
  for (const geometry of geometries) {
    for (const polygon of polygonsOf(geometry)) {
      for (const [lng, lat] of polygon[0] ?? []) {
        bounds.minLng = Math.min(bounds.minLng, lng);
        bounds.minLat = Math.min(bounds.minLat, lat);
        bounds.maxLng = Math.max(bounds.maxLng, lng);
        bounds.maxLat = Math.max(bounds.maxLat, lat);
      }
    }
  }
  return bounds;
}

/**
 * A good point for a label: inside the polygon and far from its edges (for a
 * crescent-shaped area the centroid can fall outside). Searches a coarse grid.
 */
export function labelPoint(geometry: AreaGeometry, steps = 16): LatLng {
  const bounds = boundsOf([geometry]);
  let best: LatLng = { lat: (bounds.minLat + bounds.maxLat) / 2, lng: (bounds.minLng + bounds.maxLng) / 2 };
  let bestDistance = -1;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const point = {
        lat: bounds.minLat + ((bounds.maxLat - bounds.minLat) * i) / steps,
        lng: bounds.minLng + ((bounds.maxLng - bounds.minLng) * j) / steps,
      };
      if (!pointInGeometry(point, geometry)) continue;
      const distance = distanceToEdgeMetres(point, geometry);
      if (distance > bestDistance) {
        best = point;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/** Links that open a place in the visitor's own map app, built from its coordinates only. */
export function directionsLinks(point: LatLng, name?: string): { geo: string; openStreetMap: string } {
  const lat = point.lat.toFixed(5);
  const lng = point.lng.toFixed(5);
  const label = name ? `(${encodeURIComponent(name.replace(/[()]/g, ''))})` : '';
  return {
    geo: `geo:${lat},${lng}?q=${lat},${lng}${label}`,
    openStreetMap: `https://www.openstreetmap.org/directions?to=${lat}%2C${lng}#map=16/${lat}/${lng}`,
  };
}
