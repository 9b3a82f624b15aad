/** The map's places, all its first render needs, built as a static file: /data/map-points.json. */
import type { APIRoute } from 'astro';
import { mapFiles } from '../../lib/map/map-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await mapFiles()).points), { headers: { 'Content-Type': 'application/json' } });
