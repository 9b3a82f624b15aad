/**
 * The site's services as Open Referral UK records, read from the content
 * collections. Shared by the feed endpoints in src/pages/data/.
 */
import { getCollection } from 'astro:content';
import { siteConfig } from '../../site.config.ts';
import { oncePerBuild } from '../content/once-per-build.ts';
import {
  orukJsonText,
  orukPageSize,
  pageAt,
  serviceToOruk,
  type OrganisationEntry,
  type OrukContext,
  type ServiceEntry,
} from './oruk.ts';
import type { OrukPage, OrukService } from '../../schemas/oruk/service.ts';

export function orukContext(site: URL | undefined): OrukContext {
  return { siteUrl: site?.href ?? siteConfig.siteUrl, city: siteConfig.area };
}

export interface ServiceWithOrganisation {
  service: ServiceEntry;
  organisation: OrganisationEntry;
}

/**
 * Every service with its organisation, sorted by slug so that exports are stable from build to build.
 * Each page of the feed and each download asks for it: a build makes it once (it holds only
 * references to the entries).
 */
export const getServicesWithOrganisations = oncePerBuild(async (): Promise<ServiceWithOrganisation[]> => {
  const organisations = new Map<string, OrganisationEntry>(
    (await getCollection('organisations')).map((entry) => [
      entry.id,
      { id: entry.id, data: entry.data, body: entry.body ?? '' },
    ]),
  );
  const services = (await getCollection('services')).sort((a, b) => a.id.localeCompare(b.id));
  return services.map((entry) => {
    const organisation = organisations.get(entry.data.organisation);
    // The content check has already failed the build on an unknown organisation.
    if (!organisation) throw new Error(`${entry.id}: unknown organisation "${entry.data.organisation}"`);
    return { service: { id: entry.id, data: entry.data, body: entry.body ?? '' }, organisation };
  });
});

/** Every service as an ORUK record, sorted by slug (for `astro dev`'s one-record routes). */
export async function getOrukServices(site: URL | undefined): Promise<OrukService[]> {
  const context = orukContext(site);
  return (await getServicesWithOrganisations()).map(({ service, organisation }) =>
    serviceToOruk(context, service, organisation),
  );
}

/** Page `pageNumber` of the feed. Only its own 50 records are made: 100,000 held at once would fill the heap. */
export async function getOrukPage(site: URL | undefined, pageNumber: number): Promise<OrukPage<OrukService>> {
  const context = orukContext(site);
  return pageAt(await getServicesWithOrganisations(), pageNumber, orukPageSize, ({ service, organisation }) =>
    serviceToOruk(context, service, organisation),
  );
}

export function jsonResponse(value: unknown): Response {
  return new Response(orukJsonText(value), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
