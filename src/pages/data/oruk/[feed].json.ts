/**
 * Every service on one page of the Open Referral UK feed (/data/oruk/services.json): what
 * /api/oruk/services answers on hosts that cannot route by `?page=` (Cloudflare Pages); see
 * src/lib/open-data/oruk-api.ts.
 *
 * Served from here by `astro dev` only. A build writes the file from the feed's pages instead
 * (src/integrations/oruk-records.ts), a record at a time: made here, the whole feed was one
 * string and every record in memory at once, the peak of a 10,000-listing build (docs/benchmarks.md).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getServicesWithOrganisations, jsonResponse, orukContext } from '../../../lib/open-data/oruk-data.ts';
import { pageAt, serviceToOruk } from '../../../lib/open-data/oruk.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = (() =>
  import.meta.env.DEV ? [{ params: { feed: 'services' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const context = orukContext(new URL(siteConfig.siteUrl));
  const services = await getServicesWithOrganisations();
  return jsonResponse(
    pageAt(services, 1, Math.max(1, services.length), ({ service, organisation }) =>
      serviceToOruk(context, service, organisation),
    ),
  );
};
