/**
 * What a service page's small pin map shows (ServiceLocationMap.astro): the service's public
 * places with their locality and directions links, and the map file they are drawn over.
 * It depends on the listing only, so it is worked out once per listing and shared by the
 * listing's page in every interface language (the point-in-boundary tests are the costly part).
 */
import type { CollectionEntry } from 'astro:content';
import { boundariesContaining, directionsLinks } from '../geo/geometry.ts';
import { loadBoundaries } from '../geo/boundaries.ts';
import { cityProjection, localityProjection, pinFits, type Projection } from '../geo/svg.ts';
import { cityMapPath, localityBoundaryPath } from '../geo/map-files.ts';
import { getLocalities } from '../content/collections.ts';
import { oncePerEntry } from '../content/once-per-entry.ts';
import { siteConfig } from '../../site.config.ts';
import { publicPoints, type PublicPoint } from './service-places.ts';

export interface DescribedPlace extends PublicPoint {
  /** Name, address and postcode, or "This place". */
  place: string;
  /** The name of the locality it is in. */
  area: string | undefined;
  links: ReturnType<typeof directionsLinks>;
}

export interface ServiceLocationMap {
  described: DescribedPlace[];
  /** The map file, its frame and what it shows, in words. */
  map: { src: string; projection: Projection; shows: string };
  /** Every place, with its locality, in words (the map's alt text). */
  where: string;
  /** The pins in the map file's SVG units. */
  pins: [x: number, y: number][];
}

/** The city's frame, the same for every service drawn on the city map. */
let cityFrame: { boundaries: object; projection: Projection } | undefined;

function cityFrameOf(boundaries: ReturnType<typeof loadBoundaries>): Projection {
  if (cityFrame?.boundaries !== boundaries) cityFrame = { boundaries, projection: cityProjection(boundaries) };
  return cityFrame.projection;
}

export const serviceLocationMap = oncePerEntry(
  async (service: CollectionEntry<'services'>): Promise<ServiceLocationMap> => {
    const points = publicPoints(service.data);
    const boundaries = loadBoundaries();
    const names = new Map(boundaries.features.map((feature) => [feature.properties.slug, feature.properties.name]));
    const described = points.map((point) => {
      const place = [point.name, point.address, point.postcode].filter(Boolean).join(', ') || 'This place';
      const areas = boundariesContaining(point, boundaries).map((slug) => names.get(slug) ?? slug);
      return { ...point, place, area: areas[0], links: directionsLinks(point, point.name ?? service.data.name) };
    });

    // One stated locality (online aside) whose frame holds every pin: that locality's map; otherwise the city.
    const places = service.data.localities.filter((value) => value !== 'online');
    const home =
      places.length === 1
        ? (await getLocalities()).find((locality) => locality.data.boundaryKey === places[0])
        : undefined;
    const homeProjection = home ? localityProjection(boundaries, home.data.boundaryKey) : undefined;
    const local =
      home && homeProjection && points.every((point) => pinFits(homeProjection, point))
        ? { src: localityBoundaryPath(home.id), projection: homeProjection, shows: `the ${home.data.name} locality` }
        : undefined;
    const map = local ?? {
      src: cityMapPath,
      projection: cityFrameOf(boundaries),
      shows: `the ${String(boundaries.features.length)} localities of ${siteConfig.area}`,
    };
    const where = described
      .map((point) => `${point.place}${point.area ? `, in the ${point.area} locality` : ''}`)
      .join('; ');
    return { described, map, where, pins: points.map((point) => map.projection.project(point)) };
  },
);
