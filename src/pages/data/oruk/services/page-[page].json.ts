/** Paged Open Referral UK feed: /data/oruk/services/page-1.json, as the ORUK API's /services?page=1. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOrukServices, jsonResponse } from '../../../../lib/oruk-data.ts';
import { orukPageSize, paginate, type OrukPage, type OrukService } from '../../../../lib/oruk.ts';
import { siteConfig } from '../../../../site.config.ts';

export const getStaticPaths = (async () => {
  const pages = paginate(await getOrukServices(new URL(siteConfig.siteUrl)), orukPageSize);
  return pages.map((page) => ({ params: { page: String(page.page_number) }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: OrukPage<OrukService> }> = ({ props }) => jsonResponse(props.page);
