/** Paged Open Referral UK feed: /data/oruk/services/page-1.json, as the ORUK API's /services?page=1. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOrukPage, getServicesWithOrganisations, jsonResponse } from '../../../../lib/open-data/oruk-data.ts';
import { orukPageSize, pageCount } from '../../../../lib/open-data/oruk.ts';
import { siteConfig } from '../../../../site.config.ts';

// Only page numbers here: each page makes its records as it is written (getOrukPage), since
// props would keep every record of the feed in memory until the build ends.
export const getStaticPaths = (async () => {
  const pages = pageCount((await getServicesWithOrganisations()).length, orukPageSize);
  return Array.from({ length: pages }, (_, index) => ({ params: { page: String(index + 1) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  jsonResponse(await getOrukPage(new URL(siteConfig.siteUrl), Number(params.page)));
