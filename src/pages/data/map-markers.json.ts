/** The map page's marker data, built as a static file: /data/map-markers.json. */
import type { APIRoute } from 'astro';
import { mapMarkerFile } from '../../components/map/map-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await mapMarkerFile()), { headers: { 'Content-Type': 'application/json' } });
