/**
 * One Open Referral UK service record per file, as the ORUK API's /services/{id}.
 *
 * Served from here by `astro dev` only. A build writes these files from the feed's
 * pages instead (src/integrations/oruk-records.ts), which is twenty times faster
 * than rendering each one as a route.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOrukServices, jsonResponse } from '../../../../lib/open-data/oruk-data.ts';
import type { OrukService } from '../../../../schemas/oruk/service.ts';
import { siteConfig } from '../../../../site.config.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const services = await getOrukServices(new URL(siteConfig.siteUrl));
  return services.map((service) => ({ params: { id: service.id }, props: { service } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ service: OrukService }> = ({ props }) => jsonResponse(props.service);
