/**
 * Reads the area's boundary data at build time (Node only). The browser fetches the
 * same file from its published path under /data/ (src/pages/data/[areaFile].ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, areaDataPath, areaDir } from '../../area.ts';
import type { BoundaryCollection } from './geometry.ts';

/** Where the boundary file lives, relative to the project root; and its URL path on the site. */
export const boundaryFile = join(areaDir, area.files.boundaries);
export const boundaryUrlPath = areaDataPath(area.files.boundaries);
export const postcodeDistrictsUrlPath = areaDataPath(area.files.postcodeDistricts);

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
