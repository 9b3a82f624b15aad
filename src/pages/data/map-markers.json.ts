/** The map page's marker data, built as a static file: /data/map-markers.json. */
import type { APIRoute } from 'astro';
import { getServices } from '../../lib/collections.ts';
import { buildMarkerFile } from '../../components/map/marker-data.ts';
import { isMappable, markerSource } from '../../components/map/service-places.ts';

export const GET: APIRoute = async () => {
  const services = (await getServices()).filter((service) => isMappable(service.data));
  const file = buildMarkerFile(services.map(markerSource));
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
