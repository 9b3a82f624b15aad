/**
 * The compact marker file the map page fetches (/data/map-markers.json), built
 * from the services at build time. Confidential locations never enter it.
 *
 * Taxonomy values are stored once in `terms` and referred to by index, and points
 * are one flat array of [lat, lng, service index] triples, so 10,000 markers stay
 * a small download.
 */
import { everywhereAreas, filterKeys, type FilterKey, type Filters, type ServiceFacets } from './filters.ts';

export const markerFileVersion = 1;

/** [id, name, summary, cost label, facet indexes in `filterKeys` order] */
export type CompactService = [
  id: string,
  name: string,
  summary: string,
  costLabel: string,
  facets: [number[], number[], number[], number[], number[]],
];

export interface MarkerFile {
  version: typeof markerFileVersion;
  /** The term values each facet index points into, per filter key. */
  terms: Record<FilterKey, string[]>;
  services: CompactService[];
  /** Flat triples: latitude, longitude, index into `services`. */
  points: number[];
}

export interface MarkerSource {
  id: string;
  name: string;
  summary: string;
  costLabel: string;
  facets: ServiceFacets;
  /** Public (non-confidential) points only. */
  points: readonly { lat: number; lng: number }[];
}

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

export function buildMarkerFile(sources: readonly MarkerSource[]): MarkerFile {
  const terms = Object.fromEntries(filterKeys.map((key) => [key, [] as string[]])) as Record<FilterKey, string[]>;
  const indexes = Object.fromEntries(filterKeys.map((key) => [key, new Map<string, number>()])) as Record<
    FilterKey,
    Map<string, number>
  >;
  const indexOf = (key: FilterKey, value: string): number => {
    let index = indexes[key].get(value);
    if (index === undefined) {
      index = terms[key].push(value) - 1;
      indexes[key].set(value, index);
    }
    return index;
  };
  const services: CompactService[] = [];
  const points: number[] = [];
  for (const source of sources) {
    if (source.points.length === 0) continue;
    const serviceIndex = services.length;
    const facets = filterKeys.map((key) => source.facets[key].map((value) => indexOf(key, value))) as CompactService[4];
    services.push([source.id, source.name, source.summary, source.costLabel, facets]);
    for (const point of source.points) points.push(round5(point.lat), round5(point.lng), serviceIndex);
  }
  return { version: markerFileVersion, terms, services, points };
}

export interface MapMarker {
  lat: number;
  lng: number;
  service: number;
}

export interface MapService {
  id: string;
  name: string;
  summary: string;
  costLabel: string;
  /** Term indexes per filter, in `filterKeys` order (see `MarkerFile.terms`). */
  facetIndexes: CompactService[4];
}

export interface ReadMarkers {
  terms: MarkerFile['terms'];
  services: MapService[];
  markers: MapMarker[];
}

/** Reads the compact file in the browser, keeping facets as indexes (fast with 10,000 services). */
export function readMarkerFile(file: MarkerFile): ReadMarkers {
  if (file.version !== markerFileVersion) throw new Error(`Unknown marker file version ${String(file.version)}`);
  const services: MapService[] = new Array<MapService>(file.services.length);
  for (let i = 0; i < file.services.length; i++) {
    const [id, name, summary, costLabel, facetIndexes] = file.services[i] as CompactService;
    services[i] = { id, name, summary, costLabel, facetIndexes };
  }
  const markers: MapMarker[] = new Array<MapMarker>(Math.floor(file.points.length / 3));
  for (let i = 0, j = 0; i + 2 < file.points.length; i += 3, j++) {
    markers[j] = {
      lat: file.points[i] as number,
      lng: file.points[i + 1] as number,
      service: file.points[i + 2] as number,
    };
  }
  return { terms: file.terms, services, markers };
}

/** The facet values of one service, as strings. */
export function facetsOf(terms: MarkerFile['terms'], service: MapService): ServiceFacets {
  const values = (i: number) =>
    (service.facetIndexes[i] ?? []).map((index) => terms[filterKeys[i] as FilterKey][index] ?? '');
  return { category: values(0), need: values(1), locality: values(2), age: values(3), cost: values(4) };
}

/**
 * `matchesFilters` (filters.ts) compiled to term indexes once, then applied to each
 * service's indexes: the same rule, without building strings for every service.
 */
export function markerMatcher(terms: MarkerFile['terms'], filters: Filters): (service: MapService) => boolean {
  const checks: { position: number; accepted: number[] }[] = [];
  filterKeys.forEach((key, position) => {
    const wanted = filters[key];
    if (wanted === undefined || wanted === '') return;
    const accepted = [terms[key].indexOf(wanted)];
    if (key === 'locality') for (const area of everywhereAreas) accepted.push(terms[key].indexOf(area));
    checks.push({ position, accepted: accepted.filter((index) => index >= 0) });
  });
  return (service) =>
    checks.every(({ position, accepted }) => {
      const values = service.facetIndexes[position] ?? [];
      return accepted.some((index) => values.includes(index));
    });
}
