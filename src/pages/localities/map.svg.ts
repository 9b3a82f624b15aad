/** The city map of every locality, labelled: an image file, so pages that show it stay small. */
import type { APIRoute } from 'astro';
import { loadBoundaries } from '../../lib/geo/boundaries.ts';
import { boundarySvg, cityProjection } from '../../lib/geo/svg.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = () => {
  const boundaries = loadBoundaries();
  const svg = boundarySvg({
    boundaries,
    projection: cityProjection(boundaries),
    title: `The ${String(boundaries.features.length)} localities of ${siteConfig.area}`,
    labels: true,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
