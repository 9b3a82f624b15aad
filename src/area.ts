/**
 * The area settings, read everywhere through this module: `area/area.config.ts` is the
 * one file a fork rewrites (see docs/fork.md), and nothing else in `src/` names a place.
 */
import { area } from '../area/area.config.ts';

export { area };

/** The localities as a term list, for schemas, filters and pages. */
export const localityAreas = area.localities;

/** Folder of the area's data files, relative to the project root. */
export const areaDir = 'area';

/** Site path of one of the area's published data files, e.g. "/data/birmingham-localities.geojson". */
export const areaDataPath = (file: string) => `/data/${file}`;
