/**
 * The GeoJSON download: one Point feature per public, located place of a
 * service. Confidential locations (refuges, safe houses) are never included.
 */
import { categories, serviceAreas, termLabel } from '../../schemas/taxonomy.ts';
import type { OrganisationEntry, ServiceEntry } from './oruk.ts';

export interface PointFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string | string[]>;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: PointFeature[];
}

export function servicesToGeoJson(
  items: readonly { service: ServiceEntry; organisation: OrganisationEntry }[],
  siteUrl: string,
): FeatureCollection {
  const features: PointFeature[] = [];
  for (const { service, organisation } of items) {
    const { data } = service;
    for (const location of data.locations) {
      if (location.confidential || location.latitude === undefined || location.longitude === undefined) continue;
      features.push({
        type: 'Feature',
        // GeoJSON is [longitude, latitude] (RFC 7946).
        geometry: { type: 'Point', coordinates: [location.longitude, location.latitude] },
        properties: {
          id: service.id,
          name: data.name,
          summary: data.summary,
          url: new URL(`/services/${service.id}/`, siteUrl).href,
          organisation: organisation.data.name,
          categories: data.categories.map((value) => termLabel(categories, value)),
          localities: data.localities.map((value) => termLabel(serviceAreas, value)),
          place: [location.name, location.address, location.postcode].filter(Boolean).join(', '),
          status: data.status,
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
