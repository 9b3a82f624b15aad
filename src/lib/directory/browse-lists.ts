/**
 * Every browse list the directory has (/services/<facet>/<value>/): each facet value with the
 * services that carry it. Made once per build: the browse route's `getStaticPaths` runs once for
 * English and once for each translated language (src/i18n/routes.ts, perLanguagePaginated), and
 * filtering every service for every value of every facet each time was repeated work.
 */
import type { CollectionEntry } from 'astro:content';
import type { TermDefinition } from '../../schemas/taxonomy.ts';
import { getLocalities, getServices } from '../content/collections.ts';
import { oncePerBuild } from '../content/once-per-build.ts';
import { facets, servicesFor, type Facet } from './browse.ts';

export interface BrowseList {
  facet: Facet;
  term: TermDefinition;
  /** The services carrying the value, in the directory's order; never empty. */
  services: CollectionEntry<'services'>[];
  /** The locality page for an area, when there is one. */
  localityId: string | undefined;
}

export const getBrowseLists: () => Promise<BrowseList[]> = oncePerBuild(async () => {
  const services = await getServices();
  const localities = await getLocalities();
  return facets.flatMap((facet) =>
    facet.terms.flatMap((term) => {
      const matching = servicesFor(services, facet, term.value);
      // Only values with listings get a page: the browse index links to no empty page.
      if (matching.length === 0) return [];
      return [
        {
          facet,
          term,
          services: matching,
          localityId: localities.find((locality) => locality.data.boundaryKey === term.value)?.id,
        },
      ];
    }),
  );
});
