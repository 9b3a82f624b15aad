/** The map page's services for its lists, filters and popups, built as a static file: /data/map-services.json. */
import type { APIRoute } from 'astro';
import { mapFiles } from '../../lib/map/map-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await mapFiles()).services), { headers: { 'Content-Type': 'application/json' } });
