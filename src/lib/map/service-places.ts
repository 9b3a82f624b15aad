/** Where a service can be shown on a map: its public points, or why it has none. */
import type { CollectionEntry } from 'astro:content';
import { ageBandsFor, ageRangeLabel, costLabel } from '../directory/labels.ts';
import { serviceAreas, termLabel } from '../../schemas/taxonomy.ts';
import type { ServiceFacets } from './filters.ts';
import type { MarkerSource } from './marker-data.ts';

type ServiceData = CollectionEntry<'services'>['data'];

export interface PublicPoint {
  lat: number;
  lng: number;
  name?: string | undefined;
  address?: string | undefined;
  postcode?: string | undefined;
}

/** Locations with coordinates that are not confidential: the only ones any page, file or map may show. */
export function publicPoints(data: Pick<ServiceData, 'locations'>): PublicPoint[] {
  return data.locations
    .filter((location) => !location.confidential)
    .flatMap((location) =>
      location.latitude !== undefined && location.longitude !== undefined
        ? [
            {
              lat: location.latitude,
              lng: location.longitude,
              name: location.name,
              address: location.address,
              postcode: location.postcode,
            },
          ]
        : [],
    );
}

export function serviceFacets(data: ServiceData): ServiceFacets {
  return {
    category: data.categories,
    need: data.needs,
    locality: data.localities,
    age: ageBandsFor(data),
    cost: [data.cost.type],
    language: data.languages,
  };
}

/** Why a service has no pin, as the parts a sentence is made of (worded in English below, or in a language by the map page). */
export interface NoFixedPlace {
  reason: 'confidential' | 'available' | 'citywideAvailable' | 'citywide' | 'unconfirmed';
  ways: ('online' | 'phone' | 'atHome' | 'inSchool')[];
}

export function noFixedPlace(data: ServiceData): NoFixedPlace {
  if (data.locations.some((location) => location.confidential)) return { reason: 'confidential', ways: [] };
  const ways: NoFixedPlace['ways'] = [];
  if (data.delivery.includes('online')) ways.push('online');
  if (data.delivery.includes('phone')) ways.push('phone');
  if (data.delivery.includes('at-home')) ways.push('atHome');
  if (data.delivery.includes('in-school')) ways.push('inSchool');
  const citywide = data.localities.includes('citywide');
  if (ways.length > 0) return { reason: citywide ? 'citywideAvailable' : 'available', ways };
  return { reason: citywide ? 'citywide' : 'unconfirmed', ways };
}

const englishWays: Record<NoFixedPlace['ways'][number], string> = {
  online: 'online',
  phone: 'by phone',
  atHome: 'at home',
  inSchool: 'in school',
};

/** Why a service has no pin: said plainly beside the map instead of pinning it at an invented spot. */
export function noFixedPlaceReason(data: ServiceData): string {
  const { reason, ways } = noFixedPlace(data);
  const text = ways.map((way) => englishWays[way]).join(', ');
  switch (reason) {
    case 'confidential':
      return 'Address not published, to keep people safe';
    case 'available':
      return `Available ${text}`;
    case 'citywideAvailable':
      return `Across the whole city, available ${text}`;
    case 'citywide':
      return 'Across the whole city';
    case 'unconfirmed':
      return 'No address confirmed yet';
  }
}

/** "Ladywood, Whole city": the areas a service covers, in words. */
export function areasLabel(localities: readonly string[]): string {
  return localities.map((value) => termLabel(serviceAreas, value)).join(', ');
}

/** A place as one line for the list: its name, address and postcode, or "" when it has none of them. */
export function placeLine(point: Pick<PublicPoint, 'name' | 'address' | 'postcode'>): string {
  return [point.name, point.address, point.postcode].filter(Boolean).join(', ');
}

/** Services shown on the map page: everything that is running, planned or a pilot. */
export function isMappable(data: ServiceData): boolean {
  return data.status !== 'historic';
}

export function markerSource(service: CollectionEntry<'services'>): MarkerSource {
  return {
    id: service.id,
    name: service.data.name,
    summary: service.data.summary,
    costLabel: costLabel(service.data.cost),
    ageLabel: ageRangeLabel(service.data),
    areasLabel: areasLabel(service.data.localities),
    noFixedPlace: noFixedPlaceReason(service.data),
    facets: serviceFacets(service.data),
    points: publicPoints(service.data).map((point) => ({ lat: point.lat, lng: point.lng, line: placeLine(point) })),
  };
}

/**
 * What a locality's map shows: its running services, those of them with a public
 * place inside the map's frame (`fits`), and the pins for those places. The map
 * file and the caption on the locality page both use this, so they agree.
 */
export function localityPlaces<T extends { data: ServiceData }>(
  services: readonly T[],
  locality: string,
  fits: (point: PublicPoint) => boolean,
): { services: T[]; located: T[]; pins: PublicPoint[] } {
  const inLocality = services.filter(
    (service) => isMappable(service.data) && (service.data.localities as readonly string[]).includes(locality),
  );
  const placed = inLocality.map((service) => ({ service, points: publicPoints(service.data).filter(fits) }));
  return {
    services: inLocality,
    located: placed.filter((entry) => entry.points.length > 0).map((entry) => entry.service),
    pins: placed.flatMap((entry) => entry.points),
  };
}
