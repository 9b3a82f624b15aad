/** Located services as GeoJSON, for GIS tools and other maps. */
import type { APIRoute } from 'astro';
import { servicesToGeoJson } from '../../lib/open-data/geojson.ts';
import { getServicesWithOrganisations } from '../../lib/open-data/oruk-data.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(servicesToGeoJson(await getServicesWithOrganisations(), siteConfig.siteUrl))}\n`, {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
