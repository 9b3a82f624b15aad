/**
 * Content check: a located service's coordinates must fall inside one of the
 * localities it states. Services available city-wide or online are exempt, and so
 * are localities with no boundary in the data. Points within a few metres of a
 * stated boundary pass, because the boundaries are generalised (see
 * area/GEODATA.md).
 */
import { boundariesContaining, distanceToEdgeMetres, type BoundaryCollection } from './geometry.ts';
import type { ContentProblem, ValidEntry } from '../content/types.ts';

/** Localities a service can state that have no single boundary. */
export const unboundedAreas: readonly string[] = ['citywide', 'online'];

/** How close to a stated boundary a point may fall outside it and still pass. */
export const boundaryToleranceMetres = 30;

const asNumber = (value: unknown): number | undefined => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
};

export function checkLocationsInLocalities(
  entries: readonly Pick<ValidEntry, 'collection' | 'path' | 'data'>[],
  boundaries: BoundaryCollection,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const names = new Map(boundaries.features.map((feature) => [feature.properties.slug, feature.properties.name]));
  for (const entry of entries) {
    if (entry.collection !== 'services') continue;
    const localities = Array.isArray(entry.data.localities) ? (entry.data.localities as unknown[]).map(String) : [];
    if (localities.length === 0 || localities.some((value) => unboundedAreas.includes(value))) continue;
    const stated = boundaries.features.filter((feature) => localities.includes(feature.properties.slug));
    if (stated.length === 0) continue;
    const locations = Array.isArray(entry.data.locations) ? (entry.data.locations as unknown[]) : [];
    locations.forEach((raw, index) => {
      if (raw === null || typeof raw !== 'object') return;
      const location = raw as Record<string, unknown>;
      const lat = asNumber(location.latitude);
      const lng = asNumber(location.longitude);
      if (lat === undefined || lng === undefined) return;
      const point = { lat, lng };
      const inStated = stated.some(
        (feature) =>
          boundariesContaining(point, { type: 'FeatureCollection', features: [feature] }).length > 0 ||
          distanceToEdgeMetres(point, feature.geometry) <= boundaryToleranceMetres,
      );
      if (inStated) return;
      const actual = boundariesContaining(point, boundaries).map((slug) => names.get(slug) ?? slug);
      const where = location.confidential === true ? 'this confidential location' : `${String(lat)}, ${String(lng)}`;
      problems.push({
        path: entry.path,
        field: `locations.${String(index)}`,
        message:
          `${where} is ${actual.length > 0 ? `in ${actual.join(' and ')}` : 'outside every locality boundary'}, ` +
          `not in the stated localities (${localities.join(', ')}): check the coordinates (latitude first), ` +
          'or add the right locality',
      });
    });
  }
  return problems;
}
