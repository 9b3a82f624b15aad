/**
 * The props of every listing's page: the listing, the listings most like it and its locality.
 * Made once per build: the listing route's `getStaticPaths` runs for English and again for the
 * translated languages (src/i18n/routes.ts, perLanguage), and ranking related services for every
 * listing is the costly part of it.
 */
import type { CollectionEntry } from 'astro:content';
import { getLocalities, getServices } from '../content/collections.ts';
import { oncePerBuild } from '../content/once-per-build.ts';
import { relatedServicesFinder } from './browse.ts';

// A type, not an interface: Astro's props type needs an index signature, which only a type alias gets implicitly.
export type ServicePageProps = {
  service: CollectionEntry<'services'>;
  related: CollectionEntry<'services'>[];
  locality: { id: string; name: string } | undefined;
};

export const getServicePages: () => Promise<ServicePageProps[]> = oncePerBuild(async () => {
  const services = await getServices();
  const localities = await getLocalities();
  const relatedServices = relatedServicesFinder(services);
  return services.map((service) => {
    const home = localities.filter((locality) => service.data.localities.includes(locality.data.boundaryKey));
    return {
      service,
      related: relatedServices(service),
      // A service in one locality points to that locality's Early Help team; others to the list of localities.
      locality: home.length === 1 && home[0] ? { id: home[0].id, name: home[0].data.name } : undefined,
    };
  });
});
