/** Every service as one CSV file for professionals (same columns as the import template). */
import type { APIRoute } from 'astro';
import { serviceToCsvRows, toCsv } from '../../lib/open-data/csv.ts';
import { getServicesWithOrganisations } from '../../lib/open-data/oruk-data.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = async () => {
  const rows = (await getServicesWithOrganisations()).flatMap(({ service, organisation }) =>
    serviceToCsvRows(service, organisation, siteConfig.siteUrl),
  );
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
