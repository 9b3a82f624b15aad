/**
 * The area settings, read everywhere through this module: `area/area.config.ts` is the
 * one file a fork rewrites (see docs/fork.md), and nothing else in `src/` names a place.
 */
import { area as areaConfig } from '../area/area.config.ts';
import type { AreaSettings } from './schemas/area.ts';

/** The area's settings, checked here so that area/ needs no imports of its own. */
export const area = areaConfig satisfies AreaSettings;

/** The localities as a term list, for schemas, filters and pages. */
export const localityAreas = area.localities;

/** Folder of the area's data files, relative to the project root. */
export const areaDir = 'area';

/** Site path of one of the area's published data files, e.g. "/data/birmingham-localities.geojson". */
export const areaDataPath = (file: string) => `/data/${file}`;
