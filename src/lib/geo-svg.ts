/**
 * Draws boundaries and pins as plain SVG at build time, for the small static maps
 * on service and locality pages (no JavaScript, no tiles). A local equirectangular
 * projection, scaled by cos(latitude): at city scale it looks like the web maps.
 */
import type { AreaGeometry, Bounds, LatLng } from './geo.ts';

export interface Projection {
  width: number;
  height: number;
  project: (point: LatLng) => [x: number, y: number];
}

/** Fits the bounds (plus a margin, as a share of the size) into a box `width` wide. */
export function projectionFor(bounds: Bounds, width = 400, margin = 0.06): Projection {
  const midLat = (bounds.minLat + bounds.maxLat) / 2;
  const xScale = Math.cos((midLat * Math.PI) / 180);
  const spanX = (bounds.maxLng - bounds.minLng) * xScale;
  const spanY = bounds.maxLat - bounds.minLat;
  const padX = spanX * margin;
  const padY = spanY * margin;
  const scale = width / (spanX + 2 * padX);
  const height = Math.round((spanY + 2 * padY) * scale);
  return {
    width,
    height,
    project: ({ lat, lng }) => [
      Math.round(((lng - bounds.minLng) * xScale + padX) * scale * 10) / 10,
      Math.round((bounds.maxLat - lat + padY) * scale * 10) / 10,
    ],
  };
}

/** The SVG path of a geometry, holes included (draw it with fill-rule: evenodd). */
export function geometryPath(geometry: AreaGeometry, projection: Projection): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .flat()
    .map((ring) => `M${ring.map(([lng, lat]) => projection.project({ lat, lng }).join(',')).join('L')}Z`)
    .join('');
}
