/**
 * Two image files per locality, both framing its boundary among its neighbours:
 *   map.svg       with pins at the public places of the running services there
 *                 (the locality page shows it);
 *   boundary.svg  with no pins: a service page shows it and draws its own pin over
 *                 it, in the same frame (ServiceLocationMap.astro).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getLocalities, getServices } from '../../../lib/content/collections.ts';
import { loadBoundaries } from '../../../lib/geo/boundaries.ts';
import { boundarySvg, localityProjection, pinFits } from '../../../lib/geo/svg.ts';
import { localityPlaces } from '../../../lib/map/service-places.ts';

type Variant = 'map' | 'boundary';

export const getStaticPaths = (async () => {
  const boundaries = loadBoundaries();
  const localities = await getLocalities();
  const variants: Variant[] = ['map', 'boundary'];
  return localities
    .filter((locality) => localityProjection(boundaries, locality.data.boundaryKey) !== undefined)
    .flatMap((locality) =>
      variants.map((variant) => ({ params: { id: locality.id, variant }, props: { locality, variant } })),
    );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locality: CollectionEntry<'localities'>; variant: Variant }> = async ({ props }) => {
  const boundaries = loadBoundaries();
  const { locality, variant } = props;
  const key = locality.data.boundaryKey;
  const projection = localityProjection(boundaries, key);
  if (!projection) return new Response(null, { status: 404 });
  const pins =
    variant === 'map' ? localityPlaces(await getServices(), key, (point) => pinFits(projection, point)).pins : [];
  const svg = boundarySvg({
    boundaries,
    projection,
    title: `Map of the ${locality.data.name} locality`,
    highlight: key,
    pins,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
