/** The ORUK API's "/" answer: which version and profile this feed follows. */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../lib/open-data/oruk-data.ts';
import { orukOpenApiUrl, orukProfileUrl, orukVersion } from '../../../lib/open-data/oruk.ts';
import { orukApiBase } from '../../../lib/open-data/oruk-api.ts';
import { siteConfig } from '../../../site.config.ts';

export const GET: APIRoute = () =>
  jsonResponse({
    version: orukVersion,
    profile: orukProfileUrl,
    openapi_url: orukOpenApiUrl,
    services: new URL('/data/oruk/services/page-1.json', siteConfig.siteUrl).href,
    note: `On Netlify and Cloudflare Pages the API answers at ${orukApiBase} (/services?page=N, /services/{id}). The files: /data/oruk/services/page-N.json, /data/oruk/services/{id}.json, and every service on one page at /data/oruk/services.json. See /data/ for the CSV and GeoJSON downloads.`,
  });
