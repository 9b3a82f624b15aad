/**
 * The map page's data files, built from the services at build time. Confidential
 * locations never enter either.
 *
 * /data/map-points.json is all the first clustered render needs: one point per
 * public place, as whole numbers (quantised to 1e-5 degrees, about a metre, and
 * counted from the south-west corner of all the points) with the index of its
 * service. It is small and quick to parse, so the map does not wait for the lists.
 *
 * /data/map-services.json holds every service the map page lists, those with
 * public points and those with no fixed place: names, summaries, labels, facets
 * for the filters and one line per place. The lists, filters and popups read it;
 * it loads alongside the points and never holds up the first render.
 *
 * The services file is columns: one long array per field, with taxonomy values
 * and the labels many services share ("Free", "5 to 10 years") stored once and
 * referred to by index. Parsing it makes a few long arrays rather than several
 * small ones per service, and reading it makes no object per service until one
 * is shown.
 */
import type { PointFeature } from 'supercluster';
import { everywhereAreas, filterKeys, type FilterKey, type Filters, type ServiceFacets } from './filters.ts';

export const pointsFileVersion = 1;
export const servicesFileVersion = 3;

/** Points are stored as whole numbers of steps: this many to a degree (a step is about a metre). */
export const stepsPerDegree = 1e5;

export interface PointsFile {
  version: typeof pointsFileVersion;
  /** How many services the services file holds (with and without points). */
  services: number;
  /** The corner the points are counted from: [latitude, longitude], in steps (see `stepsPerDegree`). */
  origin: [number, number];
  /**
   * Flat triples, one per place: latitude and longitude in steps from `origin`, and how
   * many services on from the previous place's service it belongs to (the first counts
   * from service 0). A service's places follow on, in service order.
   */
  points: number[];
}

export interface ServicesFile {
  version: typeof servicesFileVersion;
  /** The term values each facet index points into, per filter key. */
  terms: Record<FilterKey, string[]>;
  /** Display labels, each stored once. */
  labels: string[];
  /** One entry per service, in the order the lists show them. */
  ids: string[];
  names: string[];
  summaries: string[];
  /** Four per service, indexes into `labels`: cost, age range, areas, why it has no fixed place (-1 if it has one). */
  serviceLabels: number[];
  /** Per service, for each filter in `filterKeys` order: how many values, then their indexes into `terms`. */
  facets: number[];
  /** One line per place, in the order of the points file: its name and address, or "" when it has neither. */
  places: string[];
}

/** What the lists and popups show of a service, as text. */
export interface ServiceText {
  id: string;
  name: string;
  summary: string;
  costLabel: string;
  ageLabel: string;
  areasLabel: string;
}

export interface MarkerSource extends ServiceText {
  /** Why it has no pin ("Available online"), for services with no public point. */
  noFixedPlace: string;
  facets: ServiceFacets;
  /** Public (non-confidential) points only, each with its name and address as one line ("" if none). */
  points: readonly { lat: number; lng: number; line: string }[];
}

/** A coordinate in whole steps. */
const steps = (value: number) => Math.round(value * stepsPerDegree);

/** A list of distinct strings and the index of each: the file's way of storing a value once. */
function stringTable(): { values: string[]; indexOf: (value: string) => number } {
  const values: string[] = [];
  const indexes = new Map<string, number>();
  return {
    values,
    indexOf: (value) => {
      let index = indexes.get(value);
      if (index === undefined) {
        index = values.push(value) - 1;
        indexes.set(value, index);
      }
      return index;
    },
  };
}

export interface MapFiles {
  points: PointsFile;
  services: ServicesFile;
}

export function buildMapFiles(sources: readonly MarkerSource[]): MapFiles {
  const termTables = Object.fromEntries(filterKeys.map((key) => [key, stringTable()])) as Record<
    FilterKey,
    ReturnType<typeof stringTable>
  >;
  const labels = stringTable();
  const services: ServicesFile = {
    version: servicesFileVersion,
    terms: Object.fromEntries(filterKeys.map((key) => [key, termTables[key].values])) as Record<FilterKey, string[]>,
    labels: labels.values,
    ids: [],
    names: [],
    summaries: [],
    serviceLabels: [],
    facets: [],
    places: [],
  };
  const located: { lat: number; lng: number; service: number }[] = [];
  sources.forEach((source, serviceIndex) => {
    services.ids.push(source.id);
    services.names.push(source.name);
    services.summaries.push(source.summary);
    services.serviceLabels.push(
      labels.indexOf(source.costLabel),
      labels.indexOf(source.ageLabel),
      labels.indexOf(source.areasLabel),
      source.points.length > 0 ? -1 : labels.indexOf(source.noFixedPlace),
    );
    for (const key of filterKeys) {
      const values = source.facets[key];
      services.facets.push(values.length, ...values.map((value) => termTables[key].indexOf(value)));
    }
    for (const point of source.points) {
      located.push({ lat: steps(point.lat), lng: steps(point.lng), service: serviceIndex });
      services.places.push(point.line);
    }
  });
  let minLat = Infinity;
  let minLng = Infinity;
  for (const point of located) {
    minLat = Math.min(minLat, point.lat);
    minLng = Math.min(minLng, point.lng);
  }
  const origin: [number, number] = located.length > 0 ? [minLat, minLng] : [0, 0];
  const points: number[] = [];
  let previous = 0;
  for (const point of located) {
    points.push(point.lat - origin[0], point.lng - origin[1], point.service - previous);
    previous = point.service;
  }
  return { points: { version: pointsFileVersion, services: sources.length, origin, points }, services };
}

/** The places on the map, read from the points file: enough to cluster and draw them. */
export interface MapPoints {
  serviceCount: number;
  markerCount: number;
  /** Flat triples: latitude, longitude, service index. */
  points: Float64Array;
  /** How many points each service has (0: no fixed place). */
  pointCounts: Int32Array;
  /** The first marker of each service with points. */
  firstMarkers: Int32Array;
}

/** Reads the points file: one pass, making no object per place. */
export function readPointsFile(file: PointsFile): MapPoints {
  if (file.version !== pointsFileVersion) throw new Error(`Unknown points file version ${String(file.version)}`);
  const serviceCount = file.services;
  const markerCount = Math.floor(file.points.length / 3);
  const points = new Float64Array(markerCount * 3);
  const pointCounts = new Int32Array(serviceCount);
  const firstMarkers = new Int32Array(serviceCount);
  const [latOrigin, lngOrigin] = file.origin;
  let service = 0;
  for (let marker = 0, at = 0; marker < markerCount; marker++, at += 3) {
    service += file.points[at + 2] ?? 0;
    // Divided, as it was rounded: a point reads back as the number the build rounded it to (5 decimals).
    points[at] = (latOrigin + (file.points[at] ?? 0)) / stepsPerDegree;
    points[at + 1] = (lngOrigin + (file.points[at + 1] ?? 0)) / stepsPerDegree;
    points[at + 2] = service;
    if (pointCounts[service] === 0) firstMarkers[service] = marker;
    pointCounts[service] = (pointCounts[service] ?? 0) + 1;
  }
  return { serviceCount, markerCount, points, pointCounts, firstMarkers };
}

/** One service as the lists and popups show it. */
export interface MapService extends ServiceText {
  /** Its place in the lists' usual order. */
  index: number;
  /** Why it has no pin, or "" when it has one. */
  noFixedPlace: string;
  /** The areas it covers (locality slugs, "citywide", "online"), for pages that word them themselves. */
  areas: readonly string[];
  /** One line per point: name and address, or "" when the place has neither. */
  places: readonly string[];
  /** Its points are markers firstMarker to firstMarker + places.length - 1. */
  firstMarker: number;
}

export interface ReadMarkers extends MapPoints {
  terms: ServicesFile['terms'];
  /** Where each service's facets start in `facets`. */
  facetStarts: Int32Array;
  facets: readonly number[];
  /** Service `i`, made when first asked for (for the items and popups shown), then kept. */
  service: (i: number) => MapService;
}

/** Reads the services file with the points already read: a pass over the facets, and nothing made per service yet. */
export function readMarkerFile(read: MapPoints, file: ServicesFile): ReadMarkers {
  if (file.version !== servicesFileVersion) throw new Error(`Unknown services file version ${String(file.version)}`);
  const { serviceCount, pointCounts, firstMarkers } = read;
  if (file.ids.length !== serviceCount) throw new Error('The points and services files are from different builds');
  const facetStarts = new Int32Array(serviceCount);
  for (let i = 0, at = 0; i < serviceCount; i++) {
    facetStarts[i] = at;
    for (let k = 0; k < filterKeys.length; k++) at += (file.facets[at] ?? 0) + 1;
  }
  const label = (index: number | undefined) => (index === undefined ? '' : (file.labels[index] ?? ''));
  const made = new Map<number, MapService>();
  const facetValues = (i: number, key: FilterKey): string[] => {
    let at = facetStarts[i] ?? 0;
    for (const k of filterKeys) {
      const count = file.facets[at] ?? 0;
      if (k === key) return file.facets.slice(at + 1, at + 1 + count).map((t) => file.terms[key][t] ?? '');
      at += count + 1;
    }
    return [];
  };
  const service = (i: number): MapService => {
    let found = made.get(i);
    if (!found) {
      const first = firstMarkers[i] ?? 0;
      found = {
        index: i,
        id: file.ids[i] ?? '',
        name: file.names[i] ?? '',
        summary: file.summaries[i] ?? '',
        costLabel: label(file.serviceLabels[i * 4]),
        ageLabel: label(file.serviceLabels[i * 4 + 1]),
        areasLabel: label(file.serviceLabels[i * 4 + 2]),
        noFixedPlace: label(file.serviceLabels[i * 4 + 3]),
        areas: facetValues(i, 'locality'),
        places: file.places.slice(first, first + (pointCounts[i] ?? 0)),
        firstMarker: first,
      };
      made.set(i, found);
    }
    return found;
  };
  return { ...read, terms: file.terms, facetStarts, facets: file.facets, service };
}

/** Reads both files at once, as the build and the benchmark do. */
export function readMapFiles(files: MapFiles): ReadMarkers {
  return readMarkerFile(readPointsFile(files.points), files.services);
}

/** The point of marker `i`. */
export function markerPoint(data: MapPoints, i: number): { lat: number; lng: number } {
  return { lat: data.points[i * 3] ?? NaN, lng: data.points[i * 3 + 1] ?? NaN };
}

/**
 * The cluster index's settings, shared by the island and the benchmark: places
 * stop clustering past zoom 16, and the map never zooms out past 9, so smaller
 * zooms are never indexed.
 */
export const clusterOptions = { radius: 60, minZoom: 9, maxZoom: 16 } as const;

export interface MarkerProps {
  marker: number;
  service: number;
}

/**
 * One GeoJSON point per marker, for the cluster index. Made once per page: a
 * change of filters picks from these rather than making 10,000 objects again.
 */
export function markerFeatures(data: Pick<MapPoints, 'points' | 'markerCount'>): PointFeature<MarkerProps>[] {
  const features = new Array<PointFeature<MarkerProps>>(data.markerCount);
  const { points } = data;
  for (let i = 0, j = 0; j < data.markerCount; i += 3, j++) {
    features[j] = {
      type: 'Feature',
      properties: { marker: j, service: points[i + 2] as number },
      geometry: { type: 'Point', coordinates: [points[i + 1] as number, points[i] as number] },
    };
  }
  return features;
}

/** The term indexes of service `i` for the filter at `position` in `filterKeys`. */
function facetIndexes(data: ReadMarkers, i: number, position: number): number[] {
  let at = data.facetStarts[i] ?? 0;
  for (let k = 0; k < position; k++) at += (data.facets[at] ?? 0) + 1;
  return data.facets.slice(at + 1, at + 1 + (data.facets[at] ?? 0));
}

/** The facet values of service `i`, as strings. */
export function facetsOf(data: ReadMarkers, i: number): ServiceFacets {
  const values = (position: number) =>
    facetIndexes(data, i, position).map((index) => data.terms[filterKeys[position] as FilterKey][index] ?? '');
  return Object.fromEntries(filterKeys.map((key, position) => [key, values(position)])) as Record<FilterKey, string[]>;
}

/**
 * `matchesFilters` (filters.ts) compiled to term indexes once, then applied to each
 * service's indexes in the flat facets: the same rule, without building strings
 * or arrays for every service.
 */
export function markerMatcher(data: ReadMarkers, filters: Filters): (i: number) => boolean {
  const checks: { position: number; accepted: number[] }[] = [];
  filterKeys.forEach((key, position) => {
    const wanted = filters[key];
    if (wanted === undefined || wanted === '') return;
    const accepted = [data.terms[key].indexOf(wanted)];
    if (key === 'locality') for (const area of everywhereAreas) accepted.push(data.terms[key].indexOf(area));
    checks.push({ position, accepted: accepted.filter((index) => index >= 0) });
  });
  const { facets, facetStarts } = data;
  return (i) =>
    checks.every(({ position, accepted }) => {
      let at = facetStarts[i] ?? 0;
      for (let k = 0; k < position; k++) at += (facets[at] ?? 0) + 1;
      const count = facets[at] ?? 0;
      for (let j = 1; j <= count; j++) if (accepted.includes(facets[at + j] ?? -1)) return true;
      return false;
    });
}
