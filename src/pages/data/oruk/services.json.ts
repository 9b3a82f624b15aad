/**
 * Every service on one page of the Open Referral UK feed: what /api/oruk/services answers
 * on hosts that cannot route by `?page=` (Cloudflare Pages); see src/lib/open-data/oruk-api.ts.
 */
import type { APIRoute } from 'astro';
import { getServicesWithOrganisations, jsonResponse, orukContext } from '../../../lib/open-data/oruk-data.ts';
import { pageAt, serviceToOruk } from '../../../lib/open-data/oruk.ts';
import { siteConfig } from '../../../site.config.ts';

export const GET: APIRoute = async () => {
  const context = orukContext(new URL(siteConfig.siteUrl));
  const services = await getServicesWithOrganisations();
  return jsonResponse(
    pageAt(services, 1, Math.max(1, services.length), ({ service, organisation }) =>
      serviceToOruk(context, service, organisation),
    ),
  );
};
