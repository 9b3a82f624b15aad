/** The ORUK API's "/" answer: which version and profile this feed follows. */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../lib/open-data/oruk-data.ts';
import { orukProfileUrl, orukVersion } from '../../../lib/open-data/oruk.ts';
import { siteConfig } from '../../../site.config.ts';

export const GET: APIRoute = () =>
  jsonResponse({
    version: orukVersion,
    profile: orukProfileUrl,
    services: new URL('/data/oruk/services/page-1.json', siteConfig.siteUrl).href,
    note: 'A static export: pages are /data/oruk/services/page-N.json and records /data/oruk/services/{id}.json. See /data/ for the CSV and GeoJSON downloads.',
  });
