/**
 * The compact marker file the map page fetches (/data/map-markers.json), built
 * from the services at build time. Confidential locations never enter it.
 *
 * It holds every service the map page lists: those with public points (the
 * markers and the "on the map" list) and those with no fixed place (no points).
 * The island renders both lists from it, so the page's HTML stays small however
 * many services there are.
 *
 * The file is columns: one long array per field, with taxonomy values and the
 * labels many services share ("Free", "5 to 10 years") stored once and referred
 * to by index, and points as flat [lat, lng, service index] triples. Parsing it
 * makes a few long arrays rather than several small ones per service (the
 * difference is most of the parse time), and reading it makes no object per
 * service or marker until one is shown.
 */
import type { PointFeature } from 'supercluster';
import { everywhereAreas, filterKeys, type FilterKey, type Filters, type ServiceFacets } from './filters.ts';

export const markerFileVersion = 2;

export interface MarkerFile {
  version: typeof markerFileVersion;
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
  /** Flat triples: latitude, longitude, service index. A service's points follow on, in service order. */
  points: number[];
  /** One line per point, in the order of `points`: its name and address, or "" when it has neither. */
  places: string[];
}

export interface MarkerSource {
  id: string;
  name: string;
  summary: string;
  costLabel: string;
  ageLabel: string;
  areasLabel: string;
  /** Why it has no pin ("Available online"), for services with no public point. */
  noFixedPlace: string;
  facets: ServiceFacets;
  /** Public (non-confidential) points only, each with its name and address as one line ("" if none). */
  points: readonly { lat: number; lng: number; line: string }[];
}

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

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

export function buildMarkerFile(sources: readonly MarkerSource[]): MarkerFile {
  const termTables = Object.fromEntries(filterKeys.map((key) => [key, stringTable()])) as Record<
    FilterKey,
    ReturnType<typeof stringTable>
  >;
  const labels = stringTable();
  const file: MarkerFile = {
    version: markerFileVersion,
    terms: Object.fromEntries(filterKeys.map((key) => [key, termTables[key].values])) as Record<FilterKey, string[]>,
    labels: labels.values,
    ids: [],
    names: [],
    summaries: [],
    serviceLabels: [],
    facets: [],
    points: [],
    places: [],
  };
  sources.forEach((source, serviceIndex) => {
    file.ids.push(source.id);
    file.names.push(source.name);
    file.summaries.push(source.summary);
    file.serviceLabels.push(
      labels.indexOf(source.costLabel),
      labels.indexOf(source.ageLabel),
      labels.indexOf(source.areasLabel),
      source.points.length > 0 ? -1 : labels.indexOf(source.noFixedPlace),
    );
    for (const key of filterKeys) {
      const values = source.facets[key];
      file.facets.push(values.length, ...values.map((value) => termTables[key].indexOf(value)));
    }
    for (const point of source.points) {
      file.points.push(round5(point.lat), round5(point.lng), serviceIndex);
      file.places.push(point.line);
    }
  });
  return file;
}

/** One service as the lists and popups show it. */
export interface MapService {
  /** Its place in the lists' usual order. */
  index: number;
  id: string;
  name: string;
  summary: string;
  costLabel: string;
  ageLabel: string;
  areasLabel: string;
  /** Why it has no pin, or "" when it has one. */
  noFixedPlace: string;
  /** One line per point: name and address, or "" when the place has neither. */
  places: readonly string[];
  /** Its points are markers firstMarker to firstMarker + places.length - 1. */
  firstMarker: number;
}

export interface ReadMarkers {
  terms: MarkerFile['terms'];
  serviceCount: number;
  markerCount: number;
  /** The file's flat [lat, lng, service] triples. */
  points: readonly number[];
  /** How many points each service has (0: no fixed place). */
  pointCounts: Int32Array;
  /** Where each service's facets start in `facets`. */
  facetStarts: Int32Array;
  facets: readonly number[];
  /** Service `i`, made when first asked for (for the items and popups shown), then kept. */
  service: (i: number) => MapService;
}

/** Reads the compact file in the browser: a pass over the points and facets, and nothing made per service yet. */
export function readMarkerFile(file: MarkerFile): ReadMarkers {
  if (file.version !== markerFileVersion) throw new Error(`Unknown marker file version ${String(file.version)}`);
  const serviceCount = file.ids.length;
  const markerCount = Math.floor(file.points.length / 3);
  const pointCounts = new Int32Array(serviceCount);
  const firstMarkers = new Int32Array(serviceCount);
  for (let marker = markerCount - 1; marker >= 0; marker--) {
    const service = file.points[marker * 3 + 2] as number;
    pointCounts[service] = (pointCounts[service] ?? 0) + 1;
    firstMarkers[service] = marker;
  }
  const facetStarts = new Int32Array(serviceCount);
  for (let i = 0, at = 0; i < serviceCount; i++) {
    facetStarts[i] = at;
    for (let k = 0; k < filterKeys.length; k++) at += (file.facets[at] ?? 0) + 1;
  }
  const label = (index: number | undefined) => (index === undefined ? '' : (file.labels[index] ?? ''));
  const made = new Map<number, MapService>();
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
        places: file.places.slice(first, first + (pointCounts[i] ?? 0)),
        firstMarker: first,
      };
      made.set(i, found);
    }
    return found;
  };
  return {
    terms: file.terms,
    serviceCount,
    markerCount,
    points: file.points,
    pointCounts,
    facetStarts,
    facets: file.facets,
    service,
  };
}

/** The point of marker `i`. */
export function markerPoint(data: ReadMarkers, i: number): { lat: number; lng: number } {
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
export function markerFeatures(data: ReadMarkers): PointFeature<MarkerProps>[] {
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
  return { category: values(0), need: values(1), locality: values(2), age: values(3), cost: values(4) };
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
