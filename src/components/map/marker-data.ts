/**
 * The compact marker file the map page fetches (/data/map-markers.json), built
 * from the services at build time. Confidential locations never enter it.
 *
 * It holds every service the map page lists: those with public points (the
 * markers and the "on the map" list) and those with no fixed place (no points).
 * The island renders both lists from it, so the page's HTML stays small however
 * many services there are.
 *
 * Taxonomy values and the labels many services share ("Free", "5 to 10 years")
 * are stored once and referred to by index, and points are one flat array of
 * [lat, lng, service index] triples, so 10,000 services stay a small download.
 */
import type { PointFeature } from 'supercluster';
import { everywhereAreas, filterKeys, type FilterKey, type Filters, type ServiceFacets } from './filters.ts';

export const markerFileVersion = 2;

/** Indexes into `MarkerFile.labels`; -1 where a label does not apply. */
export type LabelIndexes = [cost: number, ages: number, areas: number, noFixedPlace: number];

/** [id, name, summary, facet indexes in `filterKeys` order, labels, one line per point (located services only)] */
export type CompactService =
  | [
      id: string,
      name: string,
      summary: string,
      facets: [number[], number[], number[], number[], number[]],
      labels: LabelIndexes,
    ]
  | [
      id: string,
      name: string,
      summary: string,
      facets: [number[], number[], number[], number[], number[]],
      labels: LabelIndexes,
      places: string[],
    ];

export interface MarkerFile {
  version: typeof markerFileVersion;
  /** The term values each facet index points into, per filter key. */
  terms: Record<FilterKey, string[]>;
  /** Display labels, each stored once. */
  labels: string[];
  /** In the order the lists show them. */
  services: CompactService[];
  /** Flat triples: latitude, longitude, index into `services`, in service order. */
  points: number[];
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
  const services: CompactService[] = [];
  const points: number[] = [];
  for (const source of sources) {
    const serviceIndex = services.length;
    const facets = filterKeys.map((key) =>
      source.facets[key].map((value) => termTables[key].indexOf(value)),
    ) as CompactService[3];
    const located = source.points.length > 0;
    const labelIndexes: LabelIndexes = [
      labels.indexOf(source.costLabel),
      labels.indexOf(source.ageLabel),
      labels.indexOf(source.areasLabel),
      located ? -1 : labels.indexOf(source.noFixedPlace),
    ];
    services.push(
      located
        ? [source.id, source.name, source.summary, facets, labelIndexes, source.points.map((point) => point.line)]
        : [source.id, source.name, source.summary, facets, labelIndexes],
    );
    for (const point of source.points) points.push(round5(point.lat), round5(point.lng), serviceIndex);
  }
  const terms = Object.fromEntries(filterKeys.map((key) => [key, termTables[key].values])) as Record<
    FilterKey,
    string[]
  >;
  return { version: markerFileVersion, terms, labels: labels.values, services, points };
}

export interface MapService {
  /** Its place in the lists' usual order (and in `ReadMarkers.services`). */
  index: number;
  id: string;
  name: string;
  summary: string;
  costLabel: string;
  ageLabel: string;
  areasLabel: string;
  noFixedPlace: string;
  /** Term indexes per filter, in `filterKeys` order (see `MarkerFile.terms`). */
  facetIndexes: CompactService[3];
  /** One line per point: name and address, or "" when the place has neither. */
  places: readonly string[];
  /** Its points are markers firstMarker to firstMarker + places.length - 1. */
  firstMarker: number;
}

export interface ReadMarkers {
  terms: MarkerFile['terms'];
  services: MapService[];
  /** The file's flat [lat, lng, service] triples, kept flat: no object per marker until one is needed. */
  points: readonly number[];
  markerCount: number;
}

/** Reads the compact file in the browser, keeping facets as indexes (fast with 10,000 services). */
export function readMarkerFile(file: MarkerFile): ReadMarkers {
  if (file.version !== markerFileVersion) throw new Error(`Unknown marker file version ${String(file.version)}`);
  const label = (index: number) => file.labels[index] ?? '';
  const services = new Array<MapService>(file.services.length);
  let marker = 0;
  for (let i = 0; i < file.services.length; i++) {
    const [id, name, summary, facetIndexes, [cost, ages, areas, noFixedPlace], places = []] = file.services[
      i
    ] as CompactService;
    services[i] = {
      index: i,
      id,
      name,
      summary,
      costLabel: label(cost),
      ageLabel: label(ages),
      areasLabel: label(areas),
      noFixedPlace: label(noFixedPlace),
      facetIndexes,
      places,
      firstMarker: marker,
    };
    // Points are written service by service, so each service's markers follow on.
    marker += places.length;
  }
  return { terms: file.terms, services, points: file.points, markerCount: Math.floor(file.points.length / 3) };
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
