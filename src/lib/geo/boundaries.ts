/**
 * Reads the bundled boundary data at build time (Node only). The browser fetches
 * the same file from /data/birmingham-localities.geojson.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BoundaryCollection } from './geometry.ts';

/** Where the boundary file lives, relative to the project root; also its URL path on the site. */
export const boundaryFile = 'public/data/birmingham-localities.geojson';
export const boundaryUrlPath = '/data/birmingham-localities.geojson';
export const postcodeDistrictsUrlPath = '/data/birmingham-postcode-districts.csv';

const cache = new Map<string, BoundaryCollection>();

export function loadBoundaries(projectRoot = process.cwd()): BoundaryCollection {
  const path = join(projectRoot, boundaryFile);
  const cached = cache.get(path);
  if (cached) return cached;
  const data = JSON.parse(readFileSync(path, 'utf8')) as BoundaryCollection;
  if (data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    throw new Error(`${boundaryFile} is not a GeoJSON FeatureCollection`);
  }
  cache.set(path, data);
  return data;
}
