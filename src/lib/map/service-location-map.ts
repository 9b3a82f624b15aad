/**
 * What a service page's small pin map shows (ServiceLocationMap.astro): the service's public
 * places with their locality and directions links, and the map file they are drawn over.
 * It depends on the listing only; the costly part (the point-in-boundary tests) is worked out
 * once per listing and shared by the listing's page in every interface language.
 */
import type { CollectionEntry } from 'astro:content';
import { boundariesContaining, directionsLinks } from '../geo/geometry.ts';
import { loadBoundaries } from '../geo/boundaries.ts';
import { cityProjection, localityProjection, pinFits, type Projection } from '../geo/svg.ts';
import { cityMapPath, localityBoundaryPath } from '../geo/map-files.ts';
import { getLocalities } from '../content/collections.ts';
import { oncePerEntry } from '../content/once-per-entry.ts';
import { publicPoints, type PublicPoint } from './service-places.ts';

export interface DescribedPlace extends PublicPoint {
  /** Name, address and postcode as the listing writes them (in its own language); '' when it has none. */
  written: string;
  /** The name of the locality it is in. */
  area: string | undefined;
  links: ReturnType<typeof directionsLinks>;
}

/** The map's facts, the same in every language: the page writes the words in its own. */
export interface ServiceLocationMap {
  described: DescribedPlace[];
  /** The map file and its frame. */
  map: { src: string; projection: Projection };
  /** The pins in the map file's SVG units. */
  pins: [x: number, y: number][];
}

/** The city's frame and each locality's, the same for every service drawn on them. */
const frames = new WeakMap<object, Map<string, Projection | undefined>>();

function frameOf(boundaries: ReturnType<typeof loadBoundaries>, slug: string | undefined): Projection | undefined {
  let known = frames.get(boundaries);
  if (!known) {
    known = new Map();
    frames.set(boundaries, known);
  }
  const key = slug ?? '';
  if (!known.has(key))
    known.set(key, slug === undefined ? cityProjection(boundaries) : localityProjection(boundaries, slug));
  return known.get(key);
}

/**
 * The costly part, kept once per listing: the locality each place is in (point-in-boundary tests)
 * and whether one locality's map frames every place. Small: names and an id, the boundaries' own.
 */
const placementOf = oncePerEntry(async (service: CollectionEntry<'services'>) => {
  const points = publicPoints(service.data);
  const boundaries = loadBoundaries();
  const names = new Map(boundaries.features.map((feature) => [feature.properties.slug, feature.properties.name]));
  const areas = points.map((point) => {
    const slug = boundariesContaining(point, boundaries)[0];
    return slug === undefined ? undefined : (names.get(slug) ?? slug);
  });
  // One stated locality (online aside) whose frame holds every pin: that locality's map; otherwise the city.
  const places = service.data.localities.filter((value) => value !== 'online');
  const home =
    places.length === 1
      ? (await getLocalities()).find((locality) => locality.data.boundaryKey === places[0])
      : undefined;
  const homeProjection = home ? frameOf(boundaries, home.data.boundaryKey) : undefined;
  const local =
    home && homeProjection && points.every((point) => pinFits(homeProjection, point))
      ? { id: home.id, boundaryKey: home.data.boundaryKey }
      : undefined;
  return { areas, local };
});

export async function serviceLocationMap(service: CollectionEntry<'services'>): Promise<ServiceLocationMap> {
  const { areas, local } = await placementOf(service);
  const points = publicPoints(service.data);
  const boundaries = loadBoundaries();
  const described = points.map((point, index) => ({
    ...point,
    written: [point.name, point.address, point.postcode].filter(Boolean).join(', '),
    area: areas[index],
    links: directionsLinks(point, point.name ?? service.data.name),
  }));
  const localProjection = local ? frameOf(boundaries, local.boundaryKey) : undefined;
  const map =
    local && localProjection
      ? { src: localityBoundaryPath(local.id), projection: localProjection }
      : { src: cityMapPath, projection: frameOf(boundaries, undefined) as Projection };
  return { described, map, pins: points.map((point) => map.projection.project(point)) };
}
