/**
 * The site's services as Open Referral UK records, read from the content
 * collections. Shared by the feed endpoints in src/pages/data/.
 */
import { getCollection } from 'astro:content';
import { siteConfig } from '../site.config.ts';
import {
  orukJsonText,
  serviceToOruk,
  type OrganisationEntry,
  type OrukContext,
  type OrukService,
  type ServiceEntry,
} from './oruk.ts';

export function orukContext(site: URL | undefined): OrukContext {
  return { siteUrl: site?.href ?? siteConfig.siteUrl, city: siteConfig.area };
}

export interface ServiceWithOrganisation {
  service: ServiceEntry;
  organisation: OrganisationEntry;
}

/** Every service with its organisation, sorted by slug so that exports are stable from build to build. */
export async function getServicesWithOrganisations(): Promise<ServiceWithOrganisation[]> {
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
}

// The feed's index, pages and per-service files all need every record: convert once per build.
const orukServices = new Map<string, Promise<OrukService[]>>();

/** Every service as an ORUK record, sorted by slug so that pages are stable from build to build. */
export function getOrukServices(site: URL | undefined): Promise<OrukService[]> {
  const context = orukContext(site);
  // In `astro dev` content changes under a running server: convert afresh each time there.
  let records = import.meta.env?.DEV ? undefined : orukServices.get(context.siteUrl);
  if (!records) {
    records = getServicesWithOrganisations().then((list) =>
      list.map(({ service, organisation }) => serviceToOruk(context, service, organisation)),
    );
    orukServices.set(context.siteUrl, records);
  }
  return records;
}

export function jsonResponse(value: unknown): Response {
  return new Response(orukJsonText(value), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
